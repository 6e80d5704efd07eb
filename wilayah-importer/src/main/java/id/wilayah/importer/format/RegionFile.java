package id.wilayah.importer.format;

import id.wilayah.domain.region.Level;

/** The conventional file name of each level in the native layout. */
public enum RegionFile {
    PROVINCES(Level.PROVINCE, "provinces", "code", null),
    REGENCIES(Level.REGENCY, "regencies", "code", "province_code"),
    DISTRICTS(Level.DISTRICT, "districts", "code", "regency_code"),
    VILLAGES(Level.VILLAGE, "villages", "code", "district_code");

    private final Level level;
    private final String baseName;
    private final String codeColumn;
    private final String parentColumn;

    RegionFile(Level level, String baseName, String codeColumn, String parentColumn) {
        this.level = level;
        this.baseName = baseName;
        this.codeColumn = codeColumn;
        this.parentColumn = parentColumn;
    }

    public Level level() {
        return level;
    }

    public String baseName() {
        return baseName;
    }

    public String codeColumn() {
        return codeColumn;
    }

    public String parentColumn() {
        return parentColumn;
    }

    public static RegionFile of(Level level) {
        for (RegionFile file : values()) {
            if (file.level == level) {
                return file;
            }
        }
        throw new IllegalArgumentException("No file for " + level);
    }
}
