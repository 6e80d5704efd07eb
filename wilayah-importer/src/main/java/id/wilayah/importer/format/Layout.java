package id.wilayah.importer.format;

import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.source.SqlDumpFile;
import java.util.List;
import java.util.Set;

/**
 * The accepted layouts. Native files reference parents by code ({@code province_code}); files exported for the Odoo
 * module reference them by external id ({@code provinsi_id/id}) and carry an {@code id} column of their own. The SQL
 * layout is one dump of all levels with dotted codes, whose parents and types follow from code and name
 * ({@link SqlRegionReader}).
 */
public enum Layout {
    NATIVE,
    ODOO,
    SQL;

    /** Odoo headers always start with the record's external id; native headers never have one. */
    public static Layout detect(List<String> header) {
        return header.contains("id") ? ODOO : NATIVE;
    }

    public Set<String> requiredColumns(RegionFile file) {
        return switch (this) {
            case NATIVE, SQL -> file.parentColumn() == null ? Set.of("code", "name")
                    : Set.of("code", file.parentColumn(), "name");
            case ODOO -> file.odooParentColumn() == null ? Set.of("id", "code", "name")
                    : Set.of("id", "code", file.odooParentColumn(), "name");
        };
    }

    public Set<String> optionalColumns(RegionFile file) {
        return switch (file) {
            case PROVINCES, DISTRICTS -> Set.of();
            case REGENCIES -> this == NATIVE ? Set.of("type") : Set.of();
            case VILLAGES -> this == NATIVE ? Set.of("type", "postal_code") : Set.of("postal_code");
        };
    }

    public String parentColumn(RegionFile file) {
        return this == ODOO ? file.odooParentColumn() : file.parentColumn();
    }

    /** The file a row of this layout was read from, as problems name it. */
    public String fileName(RegionFile file) {
        return this == SQL ? SqlDumpFile.REGIONS.fileName() : file.fileName();
    }
}
