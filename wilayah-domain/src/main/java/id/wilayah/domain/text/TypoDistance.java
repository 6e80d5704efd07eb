package id.wilayah.domain.text;

/**
 * The optimal string alignment distance: the edits (insert, delete, substitute, or swap two neighbouring letters) that
 * turn one word into another, each substring edited once. A typed name swaps neighbours as often as it misses a
 * letter ({@code Arinona} for {@code AIRNONA}); Levenshtein counts that as two edits, beyond the tolerance of most
 * names. Only the band of {@code limit} cells either side of the diagonal is computed, since a path leaving it costs
 * more than the limit; so a lookup costs about what a bounded Levenshtein does.
 */
public final class TypoDistance {
    private TypoDistance() {
    }

    /** The distance, or -1 when it is more than {@code limit}. */
    public static int within(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return -1;
        }
        int beyond = limit + 1;
        int[] beforeLast = new int[b.length() + 2];
        int[] last = new int[b.length() + 2];
        int[] row = new int[b.length() + 2];
        for (int j = 0; j <= b.length() + 1; j++) {
            last[j] = Math.min(j, beyond);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length(), i + limit);
            row[0] = Math.min(i, beyond);
            row[from - 1] = from == 1 ? row[0] : beyond;
            int rowMin = row[from - 1];
            for (int j = from; j <= to; j++) {
                int substitute = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + substitute);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, beforeLast[j - 2] + 1);
                }
                row[j] = Math.min(best, beyond);
                rowMin = Math.min(rowMin, row[j]);
            }
            row[to + 1] = beyond;
            if (rowMin > limit) {
                return -1;
            }
            int[] spare = beforeLast;
            beforeLast = last;
            last = row;
            row = spare;
        }
        int distance = last[b.length()];
        return distance > limit ? -1 : distance;
    }
}
