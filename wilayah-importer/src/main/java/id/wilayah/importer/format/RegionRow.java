package id.wilayah.importer.format;

import id.wilayah.domain.region.Level;

/**
 * One data line of an import file as written (codes may still carry dots), with its line number so problems can be
 * reported precisely. {@code ref} is the Odoo external id (null in the native layout); {@code parentRef} is the
 * parent's code (native) or external id (Odoo).
 */
public record RegionRow(Level level, Layout layout, long line, String ref, String code, String parentRef, String name,
                        String type, String postalCode) {

    public RegionRow canonical(String canonicalCode, String parentCode, String canonicalType, String postal) {
        return new RegionRow(level, layout, line, ref, canonicalCode, parentCode, name.strip(), canonicalType, postal);
    }
}
