package id.wilayah.domain.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds names containing the query and ranks them: exact name, then name prefix, then the start of a later word,
 * then any other substring; ties by code. A linear scan over upper-cased names is a few milliseconds for the national
 * dataset, which keeps the index trivial.
 */
final class RelevanceSearch {
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int WORD_PREFIX = 2;
    private static final int SUBSTRING = 3;

    private final String needle;
    private final int limit;

    RelevanceSearch(String query, int limit) {
        this.needle = query.strip().toUpperCase(Locale.ROOT);
        this.limit = limit;
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
            return -1;
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
}
