package id.wilayah.importer.diff;

import java.util.List;

/** What changed from one edition to another, level by level. */
public record EditionDiff(String from, String to, List<LevelDiff> levels) {

    /**
     * Counts are exact; each list holds at most {@value #MAX_LISTED} codes, ordered by code. {@code reparented} pairs
     * a removed and an added code of the same name under a different parent (a region moved, e.g. to a new province).
     */
    public record LevelDiff(String level, int added, int removed, int renamed, int reparented,
                            List<String> addedCodes, List<String> removedCodes, List<Renamed> renamedCodes,
                            List<Reparented> reparentedCodes) {
    }

    public record Renamed(String code, String fromName, String toName) {
    }

    public record Reparented(String fromCode, String toCode, String fromParent, String toParent, String name) {
    }

    public static final int MAX_LISTED = 1000;
}
