package id.wilayah.domain.resolve;

import id.wilayah.domain.region.Region;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import id.wilayah.domain.search.RelevanceSearch;
import id.wilayah.domain.text.TypoDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The regions of one level by the keys their names are recognised by (see {@link AddressText#key}), by code and by
 * parent, with an edit-distance lookup over a given set of them, and the names they had in other editions. Regions
 * are numbered in code order.
 */
final class NameTable<R extends Region> {
    private static final int[] NONE = new int[0];

    private final List<R> regions;
    private final Function<String, List<String>> keysOf;
    private final String[][] keys;
    private final Map<String, int[]> byKey;
    private final Map<String, Integer> byCode;
    private final Map<String, int[]> byParent;
    private final Map<String, List<FormerName>> byFormerKey;

    /** {@code keysOf} gives the keys a name is recognised by. */
    NameTable(List<R> regions, Function<String, List<String>> keysOf) {
        List<R> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(Region::code));
        this.regions = List.copyOf(sorted);
        this.keysOf = keysOf;
        this.keys = new String[sorted.size()][];
        Map<String, List<Integer>> names = new HashMap<>();
        Map<String, List<Integer>> parents = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int ordinal = 0; ordinal < sorted.size(); ordinal++) {
            R region = sorted.get(ordinal);
            keys[ordinal] = keysOf.apply(region.name()).stream().filter(key -> !key.isEmpty()).distinct()
                    .toArray(String[]::new);
            for (String key : keys[ordinal]) {
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(ordinal);
            }
            parents.computeIfAbsent(region.parentCode(), p -> new ArrayList<>()).add(ordinal);
            codes.put(region.code(), ordinal);
        }
        this.byKey = toArrays(names);
        this.byParent = toArrays(parents);
        this.byCode = Map.copyOf(codes);
        this.byFormerKey = Map.of();
    }

    private NameTable(NameTable<R> current, Map<String, List<FormerName>> byFormerKey) {
        this.regions = current.regions;
        this.keysOf = current.keysOf;
        this.keys = current.keys;
        this.byKey = current.byKey;
        this.byCode = current.byCode;
        this.byParent = current.byParent;
        this.byFormerKey = byFormerKey;
    }

    /**
     * This table also recognising the given former names of its regions, instead of any given before. A former name
     * the region is still recognised by adds nothing, and a region's name recurring in an older edition counts once:
     * the first given, so the newest edition speaks for it when the names come newest first.
     */
    NameTable<R> withFormerNames(List<FormerName> formerNames) {
        Map<String, List<FormerName>> former = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (FormerName name : formerNames) {
            int ordinal = ordinalOf(name.code());
            if (ordinal < 0) {
                continue;
            }
            Set<String> current = Set.of(keys[ordinal]);
            for (String key : keysOf.apply(name.name())) {
                if (!key.isEmpty() && !current.contains(key) && seen.add(ordinal + " " + key)) {
                    former.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                }
            }
        }
        former.replaceAll((key, names) -> List.copyOf(names));
        return new NameTable<>(this, Map.copyOf(former));
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

    int[] named(String key) {
        return byKey.getOrDefault(key, NONE);
    }

    /** The regions whose name in another edition has {@code key}. */
    List<FormerName> formerlyNamed(String key) {
        return byFormerKey.getOrDefault(key, List.of());
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
        for (int ordinal : scope) {
            int best = -1;
            for (String candidate : keys[ordinal]) {
                if (Math.abs(candidate.length() - key.length()) <= tolerance
                        && RelevanceSearch.typoTolerance(candidate.length()) > 0) {
                    int distance = TypoDistance.within(key, candidate, tolerance);
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
