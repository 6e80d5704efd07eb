package id.wilayah.admin.map;

import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;

/** A region as the map page names it: level, code and name. */
public record Place(Level level, String code, String name) {
    static Place of(Level level, Region region) {
        return new Place(level, region.code(), region.name());
    }

    /** The level's API name, as the console shows it: {@code kota}, {@code kecamatan}, … */
    public String levelName() {
        return level.label();
    }
}
