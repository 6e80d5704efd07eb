package id.wilayah.domain.resolve;

import id.wilayah.domain.region.Region;
import id.wilayah.domain.search.RelevanceSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The regions of one level by the keys their names are recognised by (see {@link AddressText#key}), by code and by
 * parent, with an edit-distance lookup over a given set of them. Regions are numbered in code order.
 */
final class NameTable<R extends Region> {
    private static final int[] NONE = new int[0];

    private final List<R> regions;
    private final String[][] keys;
    private final Map<String, int[]> byKey;
    private final Map<String, Integer> byCode;
    private final Map<String, int[]> byParent;
    private final int longestKey;

    NameTable(List<R> regions, Function<R, List<String>> keysOf) {
        List<R> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(Region::code));
        this.regions = List.copyOf(sorted);
        this.keys = new String[sorted.size()][];
        Map<String, List<Integer>> names = new HashMap<>();
        Map<String, List<Integer>> parents = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        int longest = 0;
        for (int ordinal = 0; ordinal < sorted.size(); ordinal++) {
            R region = sorted.get(ordinal);
            keys[ordinal] = keysOf.apply(region).stream().filter(key -> !key.isEmpty()).distinct()
                    .toArray(String[]::new);
            for (String key : keys[ordinal]) {
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(ordinal);
                longest = Math.max(longest, key.split(" ").length);
            }
            parents.computeIfAbsent(region.parentCode(), p -> new ArrayList<>()).add(ordinal);
            codes.put(region.code(), ordinal);
        }
        this.byKey = toArrays(names);
        this.byParent = toArrays(parents);
        this.byCode = Map.copyOf(codes);
        this.longestKey = longest;
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    R region(int ordinal) {
        return regions.get(ordinal);
    }

    int size() {
        return regions.size();
    }

    /** The most words any key has: longer runs of words cannot name a region of this level. */
    int longestKey() {
        return longestKey;
    }

    int[] named(String key) {
        return byKey.getOrDefault(key, NONE);
    }

    int ordinalOf(String code) {
        Integer ordinal = byCode.get(code);
        return ordinal == null ? -1 : ordinal;
    }

    int[] children(String parentCode) {
        return byParent.getOrDefault(parentCode, NONE);
    }

    /**
     * Calls {@code found} with each region of {@code scope} whose key is within the typo tolerance of {@code key}
     * but not equal to it (exact names are found by {@link #named}), with the smallest distance.
     */
    void near(String key, int[] scope, Near found) {
        int tolerance = RelevanceSearch.typoTolerance(key.length());
        if (tolerance == 0) {
            return;
        }
        LevenshteinDistance levenshtein = new LevenshteinDistance(tolerance);
        for (int ordinal : scope) {
            int best = -1;
            for (String candidate : keys[ordinal]) {
                if (Math.abs(candidate.length() - key.length()) <= tolerance
                        && RelevanceSearch.typoTolerance(candidate.length()) > 0) {
                    int distance = levenshtein.apply(key, candidate);
                    if (distance >= 0 && (best < 0 || distance < best)) {
                        best = distance;
                    }
                }
            }
            if (best > 0) {
                found.at(ordinal, best);
            }
        }
    }

    int[] all() {
        int[] all = new int[regions.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    @FunctionalInterface
    interface Near {
        void at(int ordinal, int distance);
    }
}
