package id.wilayah.domain.crosswalk;

import id.wilayah.domain.region.Level;

/** One link from a region of the source edition to a region of the target edition. */
public record CrosswalkLink(Level level, String fromCode, String toCode, MatchKind kind, double confidence) {
    /** An administrator's link: certain by definition. */
    public static CrosswalkLink manual(Level level, String fromCode, String toCode) {
        return new CrosswalkLink(level, fromCode, toCode, MatchKind.MANUAL, 1.0);
    }
}
