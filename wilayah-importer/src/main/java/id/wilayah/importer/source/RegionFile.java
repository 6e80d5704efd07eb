package id.wilayah.importer.source;

import id.wilayah.domain.region.Level;
import java.util.Arrays;
import java.util.Optional;

/** The four files of an edition: native file name and parent column, and the Odoo module's equivalents. */
public enum RegionFile {
    PROVINCES(Level.PROVINCE, "provinces", null, "data_provinsi", null),
    REGENCIES(Level.REGENCY, "regencies", "province_code", "data_kota", "provinsi_id/id"),
    DISTRICTS(Level.DISTRICT, "districts", "regency_code", "data_kecamatan", "kota_id/id"),
    VILLAGES(Level.VILLAGE, "villages", "district_code", "data_kelurahan", "kecamatan_id/id");

    private final Level level;
    private final String baseName;
    private final String parentColumn;
    private final String odooBaseName;
    private final String odooParentColumn;

    RegionFile(Level level, String baseName, String parentColumn, String odooBaseName, String odooParentColumn) {
        this.level = level;
        this.baseName = baseName;
        this.parentColumn = parentColumn;
        this.odooBaseName = odooBaseName;
        this.odooParentColumn = odooParentColumn;
    }

    public Level level() {
        return level;
    }

    public String baseName() {
        return baseName;
    }

    public String fileName() {
        return baseName + ".csv";
    }

    /** The level's boundaries as uploaded, e.g. {@code villages.geojson} (its content may be gzip-compressed). */
    public String geometryFileName() {
        return baseName + ".geojson";
    }

    public String parentColumn() {
        return parentColumn;
    }

    public String odooParentColumn() {
        return odooParentColumn;
    }

    public RegionFile parent() {
        return this == PROVINCES ? null : values()[ordinal() - 1];
    }

    public static RegionFile of(Level level) {
        return values()[level.ordinal()];
    }

    /** Matches an upload's field or file name for boundaries: {@code villages.geojson} or {@code villages.geojson.gz}. */
    public static Optional<RegionFile> namedGeometry(String name) {
        String base = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("\\.geojson(\\.gz)?$", "");
        return base.equals(name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)) ? Optional.empty()
                : Arrays.stream(values()).filter(file -> file.baseName.equals(base)).findFirst();
    }

    /** Matches an upload's field or file name, native ({@code villages.csv}) or Odoo ({@code data_kelurahan.csv}). */
    public static Optional<RegionFile> named(String name) {
        String base = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.csv$", "");
        return Arrays.stream(values())
                .filter(file -> file.baseName.equals(base) || file.odooBaseName.equals(base)).findFirst();
    }
}
