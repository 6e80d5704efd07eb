package id.wilayah.domain.crosswalk;

import id.wilayah.domain.region.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the source regions of one scope (the children of already-linked parents) to the target regions of that
 * scope, pass by pass, each pass seeing only what the earlier ones left: same code and same key; the same key (when
 * several regions of the scope share it, they are paired in code order, with less confidence); the closest key, when
 * the two are each other's single best and at least {@value #FUZZY_THRESHOLD} alike; finally the one source and one
 * target left over, when their names are related at all.
 */
final class ScopeMatcher {
    static final double FUZZY_THRESHOLD = 0.75;
    static final double AMBIGUOUS_EXACT_CONFIDENCE = 0.9;
    static final double LAST_CANDIDATE_CONFIDENCE = 0.6;

    private final Level level;
    private final Map<String, Candidate> sources = new LinkedHashMap<>();
    private final Map<String, Candidate> targets = new LinkedHashMap<>();
    private final List<CrosswalkLink> links = new ArrayList<>();

    ScopeMatcher(Level level, List<Candidate> sources, List<Candidate> targets) {
        this.level = level;
        sources.forEach(source -> this.sources.put(source.code(), source));
        targets.forEach(target -> this.targets.put(target.code(), target));
    }

    List<CrosswalkLink> match() {
        sameCode();
        exactName();
        while (fuzzyName()) {
            // each round may leave a clearer best for the names still open
        }
        lastCandidate();
        return links;
    }

    private void sameCode() {
        for (Candidate source : List.copyOf(sources.values())) {
            Candidate target = targets.get(source.code());
            if (target != null && target.key().equals(source.key())) {
                link(source, target, MatchKind.SAME_CODE, 1.0);
            }
        }
    }

    private void exactName() {
        Map<String, List<Candidate>> sourcesByKey = byKey(sources);
        Map<String, List<Candidate>> targetsByKey = byKey(targets);
        sourcesByKey.forEach((key, named) -> {
            List<Candidate> same = targetsByKey.getOrDefault(key, List.of());
            if (same.size() == named.size()) {
                double confidence = named.size() == 1 ? 1.0 : AMBIGUOUS_EXACT_CONFIDENCE;
                for (int i = 0; i < named.size(); i++) {
                    link(named.get(i), same.get(i), MatchKind.EXACT_NAME, confidence);
                }
            }
        });
    }

    private boolean fuzzyName() {
        if (sources.isEmpty() || targets.isEmpty()) {
            return false;
        }
        List<Candidate> open = List.copyOf(targets.values());
        Best[] bestForTarget = new Best[open.size()];
        List<Best> bestForSource = new ArrayList<>();
        for (Candidate source : sources.values()) {
            Best best = new Best(source);
            for (int t = 0; t < open.size(); t++) {
                double similarity = NameSimilarity.atLeast(source.key(), open.get(t).key(), FUZZY_THRESHOLD);
                if (similarity < 0) {
                    continue;
                }
                best.offer(t, similarity);
                if (bestForTarget[t] == null) {
                    bestForTarget[t] = new Best(open.get(t));
                }
                bestForTarget[t].offer(bestForSource.size(), similarity);
            }
            bestForSource.add(best);
        }
        boolean linked = false;
        for (int s = 0; s < bestForSource.size(); s++) {
            Best best = bestForSource.get(s);
            if (best.unique()) {
                Best back = bestForTarget[best.index];
                if (back.unique() && back.index == s) {
                    link(best.of, open.get(best.index), MatchKind.FUZZY_NAME, best.similarity);
                    linked = true;
                }
            }
        }
        return linked;
    }

    private void lastCandidate() {
        if (sources.size() == 1 && targets.size() == 1) {
            Candidate source = sources.values().iterator().next();
            Candidate target = targets.values().iterator().next();
            if (NameSimilarity.related(source.key(), target.key())) {
                link(source, target, MatchKind.FUZZY_NAME, LAST_CANDIDATE_CONFIDENCE);
            }
        }
    }

    private void link(Candidate source, Candidate target, MatchKind kind, double confidence) {
        sources.remove(source.code());
        targets.remove(target.code());
        links.add(new CrosswalkLink(level, source.code(), target.code(), kind, Confidence.rounded(confidence)));
    }

    private static Map<String, List<Candidate>> byKey(Map<String, Candidate> candidates) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        candidates.values().forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        return byKey;
    }

    /** The most similar counterpart seen so far, and whether another one was just as similar. */
    private static final class Best {
        final Candidate of;
        int index = -1;
        double similarity = -1;
        boolean tied;

        Best(Candidate of) {
            this.of = of;
        }

        void offer(int candidate, double candidateSimilarity) {
            if (candidateSimilarity > similarity) {
                index = candidate;
                similarity = candidateSimilarity;
                tied = false;
            } else if (candidateSimilarity == similarity) {
                tied = true;
            }
        }

        boolean unique() {
            return index >= 0 && !tied;
        }
    }
}
