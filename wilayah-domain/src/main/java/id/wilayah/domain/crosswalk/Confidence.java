package id.wilayah.domain.crosswalk;

/** Confidences are kept to three decimals, so stored, served and reported values agree. */
final class Confidence {
    /** Below this a link is listed for review. */
    static final double REVIEW_BELOW = 0.8;

    private Confidence() {
    }

    static double rounded(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0;
    }
}
