package id.wilayah.api.odoo.view;

import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.Region;
import java.util.List;

/**
 * The {@code untranslated} field of a native shape answered in another code system than the edition's: the names of
 * the object's fields whose code stayed the edition's own because the region has no counterpart; absent otherwise.
 */
final class Untranslated {
    static final String FIELD = "untranslated";
    private static final List<String> CODE = List.of("code");

    private Untranslated() {
    }

    /** For an object with the region's code in {@code code} and its parent's in {@code parentField} (or none). */
    static List<String> of(SnapshotCodes codes, Region region, String parentField) {
        if (!codes.translated()) {
            return null;
        }
        boolean own = codes.codeKept(region);
        boolean parent = parentField != null && codes.parentCodeKept(region);
        if (own && parent) {
            return List.of("code", parentField);
        }
        return own ? CODE : parent ? List.of(parentField) : null;
    }
}
