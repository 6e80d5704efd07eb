package id.wilayah.domain.crosswalk;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * Matches two editions level by level, top down. Provinces are matched among all provinces; a region of a lower level
 * is matched only among the children of the target regions its parent is linked to (all of them when the parent was
 * split), so a common name like SUKAMAJU is only ever compared within one district. After the name passes of a level
 * ({@link ScopeMatcher}) the regions left unlinked are tried by their children ({@link ChildEvidence}) before the next
 * level starts, so the villages of a new district are still found under their old district's links.
 */
final class CrosswalkMatcher {
    /** The order of {@link Crosswalk#links()}. */
    static final Comparator<CrosswalkLink> ORDER = Comparator
            .comparing((CrosswalkLink link) -> link.level().ordinal())
            .thenComparing(CrosswalkLink::fromCode)
            .thenComparing(link -> link.kind().ordinal())
            .thenComparing(CrosswalkLink::toCode);

    private static final Map<RegionSnapshot, List<List<Candidate>>> CANDIDATES = new WeakHashMap<>();

    private CrosswalkMatcher() {
    }

    static List<CrosswalkLink> match(RegionSnapshot from, RegionSnapshot to) {
        List<List<Candidate>> sources = candidates(from);
        List<List<Candidate>> targets = candidates(to);
        List<CrosswalkLink> all = new ArrayList<>();
        Map<String, Set<String>> parentLinks = null;
        for (Level level : Level.values()) {
            int depth = level.ordinal();
            List<Candidate> levelSources = sources.get(depth);
            List<Candidate> levelTargets = targets.get(depth);
            List<CrosswalkLink> links = parentLinks == null
                    ? new ScopeMatcher(level, levelSources, levelTargets).match()
                    : withinParents(level, levelSources, levelTargets, parentLinks);
            if (depth + 1 < sources.size()) {
                Map<String, Set<String>> linkedParents = parentLinks;
                ChildEvidence evidence = new ChildEvidence(level, sources.get(depth + 1), targets.get(depth + 1));
                links.addAll(evidence.link(levelSources, levelTargets, links, (source, target) ->
                        linkedParents == null
                                || linkedParents.getOrDefault(source.parentCode(), Set.of())
                                .contains(target.parentCode())));
            }
            all.addAll(links);
            parentLinks = targetsBySource(links);
        }
        all.sort(ORDER);
        return all;
    }

    private static List<CrosswalkLink> withinParents(Level level, List<Candidate> sources, List<Candidate> targets,
                                                     Map<String, Set<String>> parentLinks) {
        Map<String, List<Candidate>> targetsByParent = new HashMap<>();
        targets.forEach(target -> targetsByParent.computeIfAbsent(target.parentCode(), p -> new ArrayList<>())
                .add(target));
        Map<Set<String>, List<Candidate>> scopes = new LinkedHashMap<>();
        for (Candidate source : sources) {
            Set<String> parents = parentLinks.get(source.parentCode());
            if (parents != null) {
                scopes.computeIfAbsent(parents, p -> new ArrayList<>()).add(source);
            }
        }
        List<CrosswalkLink> links = new ArrayList<>();
        scopes.forEach((parents, scopeSources) -> {
            List<Candidate> scopeTargets = new ArrayList<>();
            parents.forEach(parent -> scopeTargets.addAll(targetsByParent.getOrDefault(parent, List.of())));
            links.addAll(new ScopeMatcher(level, scopeSources, scopeTargets).match());
        });
        return links;
    }

    private static Map<String, Set<String>> targetsBySource(List<CrosswalkLink> links) {
        Map<String, Set<String>> targets = new HashMap<>();
        links.forEach(link -> targets.computeIfAbsent(link.fromCode(), c -> new TreeSet<>()).add(link.toCode()));
        return targets;
    }

    /**
     * Keyed by snapshot and held weakly, so the name keys of the active edition are computed once for all the
     * crosswalks computed with it, and go with the snapshot.
     */
    private static List<List<Candidate>> candidates(RegionSnapshot snapshot) {
        synchronized (CANDIDATES) {
            List<List<Candidate>> known = CANDIDATES.get(snapshot);
            if (known != null) {
                return known;
            }
        }
        List<List<Candidate>> computed = List.of(candidates(snapshot.provinces().all()), candidates(snapshot.regencies().all()),
                candidates(snapshot.districts().all()), candidates(snapshot.villages().all()));
        synchronized (CANDIDATES) {
            CANDIDATES.put(snapshot, computed);
        }
        return computed;
    }

    private static List<Candidate> candidates(List<? extends Region> regions) {
        List<Candidate> candidates = new ArrayList<>(regions.size());
        regions.forEach(region -> candidates.add(Candidate.of(region)));
        return candidates;
    }
}
