package id.wilayah.domain.crosswalk;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two name keys are, 0..1: one minus the Levenshtein distance (the edit distance the fuzzy search uses) over
 * the longer key's length, so one typo weighs less in a long name than in a short one.
 */
final class NameSimilarity {
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private NameSimilarity() {
    }

    /**
     * {@link #of} when that is at least {@code atLeast}, else -1; cheaper, since the edit distance stops as soon as
     * the bound is passed and keys too different in length are not compared at all.
     */
    static double atLeast(String a, String b, double atLeast) {
        int longer = Math.max(a.length(), b.length());
        int allowed = (int) Math.floor((1.0 - atLeast) * longer + 1e-9);
        if (longer == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return -1;
        }
        int distance = new LevenshteinDistance(allowed).apply(a, b);
        return distance < 0 ? -1 : 1.0 - (double) distance / longer;
    }

    static double of(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 0;
        }
        return 1.0 - (double) LEVENSHTEIN.apply(a, b) / longer;
    }

    /** Some sign that two differently written keys name one place: one contains the other, or half of it matches. */
    static boolean related(String a, String b) {
        return a.contains(b) || b.contains(a) || of(a, b) >= 0.5;
    }
}
