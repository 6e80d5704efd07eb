package id.wilayah.domain.crosswalk;

import id.wilayah.domain.region.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Links the regions no name pass could place by what they contain. A target left unlinked whose children are, for at
 * least half of them, children of one source region was split from it (Papua Selatan's regencies were Papua's; a new
 * kecamatan's villages were its mother district's): {@code split}. A source left unlinked whose children are, for at
 * least half, children of one target went into it: {@code merged}. A region renamed outright (Toba Samosir → Toba)
 * shows up the same way and is linked as a split. At least {@value #MIN_SHARED} children must be shared and the best
 * counterpart must beat the second, so a couple of common names (SUKAMAJU) decide nothing. Confidence is the share of
 * children shared, scaled below that of a name match.
 */
final class ChildEvidence {
    static final int MIN_SHARED = 2;
    static final double MIN_SHARE = 0.5;
    static final double SCALE = 0.9;

    private final Level level;
    private final Map<String, Set<String>> sourceChildKeys;
    private final Map<String, Set<String>> targetChildKeys;

    ChildEvidence(Level level, List<Candidate> sourceChildren, List<Candidate> targetChildren) {
        this.level = level;
        this.sourceChildKeys = keysByParent(sourceChildren);
        this.targetChildKeys = keysByParent(targetChildren);
    }

    /** {@code inScope(source, target)}: whether the two may be linked at all (their parents are linked). */
    List<CrosswalkLink> link(List<Candidate> sources, List<Candidate> targets, List<CrosswalkLink> nameLinks,
                             BiPredicate<Candidate, Candidate> inScope) {
        Set<String> linkedSources = new HashSet<>();
        Set<String> linkedTargets = new HashSet<>();
        for (CrosswalkLink link : nameLinks) {
            linkedSources.add(link.fromCode());
            linkedTargets.add(link.toCode());
        }
        List<CrosswalkLink> found = new ArrayList<>();
        Map<String, Candidate> sourceByCode = byCode(sources);
        Map<String, Set<String>> sourcesByChildKey = parentsByChildKey(sourceChildKeys);
        for (Candidate target : targets) {
            if (linkedTargets.contains(target.code())) {
                continue;
            }
            Set<String> children = targetChildKeys.getOrDefault(target.code(), Set.of());
            String source = bestParent(children, sourcesByChildKey,
                    code -> sourceByCode.containsKey(code) && inScope.test(sourceByCode.get(code), target));
            if (source != null) {
                found.add(link(source, target.code(), MatchKind.SPLIT,
                        share(children, sourceChildKeys.get(source))));
                linkedSources.add(source);
            }
        }
        Map<String, Candidate> targetByCode = byCode(targets);
        Map<String, Set<String>> targetsByChildKey = parentsByChildKey(targetChildKeys);
        for (Candidate source : sources) {
            if (linkedSources.contains(source.code())) {
                continue;
            }
            Set<String> children = sourceChildKeys.getOrDefault(source.code(), Set.of());
            String target = bestParent(children, targetsByChildKey,
                    code -> targetByCode.containsKey(code) && inScope.test(source, targetByCode.get(code)));
            if (target != null) {
                found.add(link(source.code(), target, MatchKind.MERGED,
                        share(children, targetChildKeys.get(target))));
            }
        }
        return found;
    }

    private CrosswalkLink link(String from, String to, MatchKind kind, double share) {
        return new CrosswalkLink(level, from, to, kind, Confidence.rounded(share * SCALE));
    }

    private static double share(Set<String> children, Set<String> of) {
        long shared = children.stream().filter(of::contains).count();
        return (double) shared / children.size();
    }

    private static String bestParent(Set<String> children, Map<String, Set<String>> parentsByChildKey,
                                     Predicate<String> allowed) {
        if (children.isEmpty()) {
            return null;
        }
        Map<String, Integer> shared = new HashMap<>();
        for (String key : children) {
            for (String parent : parentsByChildKey.getOrDefault(key, Set.of())) {
                if (allowed.test(parent)) {
                    shared.merge(parent, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<String, Integer> entry : shared.entrySet()) {
            int count = entry.getValue();
            if (count > most) {
                second = most;
                most = count;
                best = entry.getKey();
            } else {
                second = Math.max(second, count);
            }
        }
        boolean enough = most >= MIN_SHARED && most >= MIN_SHARE * children.size() && most > second;
        return enough ? best : null;
    }

    private static Map<String, Set<String>> keysByParent(List<Candidate> children) {
        Map<String, Set<String>> keys = new HashMap<>();
        children.forEach(child -> keys.computeIfAbsent(child.parentCode(), p -> new HashSet<>()).add(child.key()));
        return keys;
    }

    private static Map<String, Set<String>> parentsByChildKey(Map<String, Set<String>> keysByParent) {
        Map<String, Set<String>> parents = new HashMap<>();
        keysByParent.forEach((parent, keys) -> keys.forEach(
                key -> parents.computeIfAbsent(key, k -> new HashSet<>()).add(parent)));
        return parents;
    }

    private static Map<String, Candidate> byCode(List<Candidate> candidates) {
        Map<String, Candidate> byCode = new HashMap<>();
        candidates.forEach(c -> byCode.put(c.code(), c));
        return byCode;
    }
}
