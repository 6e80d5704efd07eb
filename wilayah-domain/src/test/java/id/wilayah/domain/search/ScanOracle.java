package id.wilayah.domain.search;

import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The straightforward full scan the index replaced, kept only to check the index against: every name is tested
 * with {@code indexOf} (and the fuzzy word-run distance), hits sorted by rank then code.
 */
final class ScanOracle {
    private ScanOracle() {
    }

    static <T extends Region> List<T> search(LevelIndex<T> level, String query, int limit, boolean fuzzy) {
        String needle = query.strip().toUpperCase(Locale.ROOT);
        WordRunDistance fuzzyName = fuzzy ? new WordRunDistance(needle) : null;
        List<Ranked<T>> hits = new ArrayList<>();
        for (T region : level.all()) {
            int rank = rank(region.searchKey(), needle, fuzzyName);
            if (rank >= 0) {
                hits.add(new Ranked<>(rank, region));
            }
        }
        hits.sort(Comparator.<Ranked<T>>comparingInt(Ranked::rank).thenComparing(r -> r.region().code()));
        return hits.stream().limit(limit).map(Ranked::region).toList();
    }

    static <T extends Region> List<T> list(LevelIndex<T> level, String parentCode, String nameFilter) {
        String needle = nameFilter.strip().toUpperCase(Locale.ROOT);
        return level.all().stream()
                .filter(region -> parentCode == null || parentCode.equals(region.parentCode()))
                .filter(region -> region.searchKey().contains(needle))
                .toList();
    }

    private static int rank(String name, String needle, WordRunDistance fuzzy) {
        int at = name.indexOf(needle);
        if (at < 0) {
            if (fuzzy == null) {
                return -1;
            }
            int distance = fuzzy.distanceTo(name);
            return distance < 0 ? -1 : 4 + distance;
        }
        if (at == 0) {
            return name.length() == needle.length() ? 0 : 1;
        }
        do {
            if (!Character.isLetterOrDigit(name.charAt(at - 1))) {
                return 2;
            }
            at = name.indexOf(needle, at + 1);
        } while (at > 0);
        return 3;
    }

    private record Ranked<T>(int rank, T region) {
    }

    /** The fuzzy rule as first shipped: Levenshtein against every run of as many name words as the query has. */
    private static final class WordRunDistance {
        private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");

        private final String query;
        private final int words;
        private final int tolerance;
        private final LevenshteinDistance levenshtein;

        WordRunDistance(String upperCaseQuery) {
            this.query = upperCaseQuery;
            this.words = WHITESPACE.split(upperCaseQuery).length;
            this.tolerance = upperCaseQuery.length() < 4 ? 0 : upperCaseQuery.length() < 8 ? 1 : 2;
            this.levenshtein = new LevenshteinDistance(tolerance);
        }

        int distanceTo(String name) {
            if (tolerance == 0) {
                return -1;
            }
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
