package id.wilayah.domain.crosswalk.review;

import id.wilayah.domain.crosswalk.MatchKind;
import java.util.Arrays;
import java.util.List;

/**
 * The regions of one level of the source edition, each counted once by the kind of its strongest link ({@code byKind}
 * in {@link MatchKind} order; a region an administrator left without counterpart counts as manual), the regions
 * without any link, and the unlinked regions and weak links waiting for review.
 */
public record LevelCounts(String level, List<Integer> byKind, int unlinked, int regions, int toReview) {
    /** The column heads of {@code byKind}. */
    public static List<String> kindLabels() {
        return Arrays.stream(MatchKind.values()).map(MatchKind::label).toList();
    }
}
