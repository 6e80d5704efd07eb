package id.wilayah.domain.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds names containing the query and ranks them: exact name, then name prefix, then the start of a later word,
 * then any other substring; ties by code. With {@code fuzzy}, names whose words are within a small edit distance of
 * the query follow, closest first. A linear scan over upper-cased names is a few milliseconds for the national
 * dataset, which keeps the index trivial.
 */
final class RelevanceSearch {
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int WORD_PREFIX = 2;
    private static final int SUBSTRING = 3;
    private static final int FUZZY = 4;

    private final String needle;
    private final int limit;
    private final FuzzyName fuzzy;

    RelevanceSearch(String query, int limit, boolean fuzzy) {
        this.needle = query.strip().toUpperCase(Locale.ROOT);
        this.limit = limit;
        this.fuzzy = fuzzy ? new FuzzyName(needle) : null;
    }

    <T extends Region> List<T> in(List<T> regions) {
        List<Ranked<T>> hits = new ArrayList<>();
        for (T region : regions) {
            int rank = rank(region.searchKey());
            if (rank >= 0) {
                hits.add(new Ranked<>(rank, region));
            }
        }
        hits.sort(Comparator.<Ranked<T>>comparingInt(Ranked::rank).thenComparing(r -> r.region().code()));
        return hits.stream().limit(limit).map(Ranked::region).toList();
    }

    int rank(String name) {
        int at = name.indexOf(needle);
        if (at < 0) {
            if (fuzzy == null) {
                return -1;
            }
            int distance = fuzzy.distanceTo(name);
            return distance < 0 ? -1 : FUZZY + distance;
        }
        if (at == 0) {
            return name.length() == needle.length() ? EXACT : PREFIX;
        }
        do {
            if (!Character.isLetterOrDigit(name.charAt(at - 1))) {
                return WORD_PREFIX;
            }
            at = name.indexOf(needle, at + 1);
        } while (at > 0);
        return SUBSTRING;
    }

    private record Ranked<T>(int rank, T region) {
    }

    /**
     * Compares the query with every run of as many consecutive words of a name as the query has, so {@code BANDUG}
     * matches {@code KABUPATEN BANDUNG BARAT}. The tolerance grows with the query's length: short queries would
     * otherwise match almost anything.
     */
    static final class FuzzyName {
        private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");

        private final String query;
        private final int words;
        private final int tolerance;
        private final LevenshteinDistance levenshtein;

        FuzzyName(String upperCaseQuery) {
            this.query = upperCaseQuery;
            this.words = WHITESPACE.split(upperCaseQuery).length;
            this.tolerance = toleranceFor(upperCaseQuery.length());
            this.levenshtein = new LevenshteinDistance(tolerance);
        }

        static int toleranceFor(int length) {
            if (length < 4) {
                return 0;
            }
            return length < 8 ? 1 : 2;
        }

        /** The smallest edit distance to a word run of the name, or -1 when none is within the tolerance. */
        int distanceTo(String name) {
            if (tolerance == 0) {
                return -1;
            }
            // Compiled once: String.split compiles a pattern like this one on every call, 92k times per search.
            String[] nameWords = WORD_SEPARATOR.split(name);
            int best = -1;
            for (int start = 0; start + words <= nameWords.length; start++) {
                String run = String.join(" ", Arrays.asList(nameWords).subList(start, start + words));
                if (Math.abs(run.length() - query.length()) > tolerance) {
                    continue;
                }
                int distance = levenshtein.apply(query, run);
                if (distance >= 0 && (best < 0 || distance < best)) {
                    best = distance;
                }
            }
            return best;
        }
    }
}
