package id.wilayah.importer.format;

import id.wilayah.domain.region.Level;

/** One data line of an import file, with the line number it came from so problems can be reported precisely. */
public record RegionRow(Level level, long line, String code, String parentCode, String name, String type,
                        String postalCode) {
}
