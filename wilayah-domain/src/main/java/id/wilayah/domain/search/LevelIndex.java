package id.wilayah.domain.search;

import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * All regions of one level of one edition, ordered by code, with lookups by code, by parent and by name (substring
 * and fuzzy word indexes, built once here because a snapshot never changes). Immutable.
 */
public final class LevelIndex<T extends Region> {
    private final List<T> all;
    private final Map<String, T> byCode;
    private final Map<String, List<T>> byParent;
    private final SubstringIndex names;
    private final WordIndex words;

    public LevelIndex(List<T> regions) {
        this(regions, region -> true, region -> true);
    }

    /**
     * As above, where a code may stand for two regions (a view in another code system, whose regions without a
     * counterpart keep their own code): only regions {@code findable} are found by their code, and only regions
     * {@code underParent} are listed by their parent's code. Both are still in {@link #all()} and found by name.
     */
    public LevelIndex(List<T> regions, Predicate<T> findable, Predicate<T> underParent) {
        List<T> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(Region::code));
        this.all = Collections.unmodifiableList(sorted);
        Map<String, T> codes = new HashMap<>(sorted.size() * 2);
        Map<String, List<T>> parents = new HashMap<>();
        for (T region : sorted) {
            if (findable.test(region)) {
                codes.put(region.code(), region);
            }
            if (underParent.test(region)) {
                parents.computeIfAbsent(region.parentCode(), p -> new ArrayList<>()).add(region);
            }
        }
        parents.replaceAll((parent, children) -> List.copyOf(children));
        this.byCode = Map.copyOf(codes);
        this.byParent = Map.copyOf(parents);
        this.names = new SubstringIndex(sorted);
        this.words = new WordIndex(sorted);
    }

    public List<T> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    public Optional<T> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Regions under {@code parentCode} (all when null) whose name contains {@code nameFilter} (any when blank), in
     * code order. The children of one parent are at most a few hundred, so those are scanned; the whole level is
     * answered by the substring index.
     */
    public List<T> list(String parentCode, String nameFilter) {
        return listContaining(parentCode, nameFilter == null || nameFilter.isBlank() ? null : nameFilter.strip());
    }

    /**
     * As {@link #list}, but the filter is taken as written, spaces included ({@code " a"}: a later word starting with
     * A); only null or empty matches every name.
     */
    public List<T> listContaining(String parentCode, String nameFilter) {
        List<T> candidates = parentCode == null ? all : byParent.getOrDefault(parentCode, List.of());
        if (nameFilter == null || nameFilter.isEmpty()) {
            return candidates;
        }
        String needle = nameFilter.toUpperCase(Locale.ROOT);
        if (parentCode != null) {
            return candidates.stream().filter(region -> region.searchKey().contains(needle)).toList();
        }
        return new OrdinalList<>(all, names.containing(needle));
    }

    SubstringIndex names() {
        return names;
    }

    WordIndex words() {
        return words;
    }
}
