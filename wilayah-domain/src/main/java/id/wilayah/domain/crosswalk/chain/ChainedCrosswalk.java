package id.wilayah.domain.crosswalk.chain;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crosswalk from the first edition of a chain to the last, composed from the crosswalks of its consecutive steps:
 * each link is followed through every step, a split fanning out to all its parts, and a chained link's confidence is
 * the product of its steps' confidences. When two paths reach the same region, the surer one is kept.
 */
public final class ChainedCrosswalk {
    /** The order of the links of a crosswalk: level, source code, then the surest first. */
    private static final Comparator<CrosswalkLink> ORDER = Comparator
            .comparing((CrosswalkLink link) -> link.level().ordinal())
            .thenComparing(CrosswalkLink::fromCode)
            .thenComparing(Comparator.comparingDouble(CrosswalkLink::confidence).reversed())
            .thenComparing(CrosswalkLink::toCode);

    private ChainedCrosswalk() {
    }

    /** {@code steps} in the order of travel, each step's target the next one's source. */
    public static Crosswalk compose(List<Crosswalk> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A chain has at least one step");
        }
        if (steps.size() == 1) {
            return steps.get(0);
        }
        List<CrosswalkLink> composed = new ArrayList<>();
        Map<String, List<CrosswalkLink>> bySource = new LinkedHashMap<>();
        for (CrosswalkLink link : steps.get(0).links()) {
            bySource.computeIfAbsent(link.fromCode(), c -> new ArrayList<>(1)).add(link);
        }
        for (List<CrosswalkLink> start : bySource.values()) {
            List<CrosswalkLink> reached = start;
            for (int i = 1; i < steps.size() && !reached.isEmpty(); i++) {
                reached = followed(reached, steps.get(i));
            }
            composed.addAll(reached);
        }
        composed.sort(ORDER);
        return new Crosswalk(steps.get(0).source(), steps.get(steps.size() - 1).target(), composed);
    }

    /** The links so far taken one step further; a region reached twice keeps its surer path. */
    private static List<CrosswalkLink> followed(List<CrosswalkLink> sofar, Crosswalk step) {
        Map<String, CrosswalkLink> byTarget = new LinkedHashMap<>();
        for (CrosswalkLink link : sofar) {
            for (CrosswalkLink next : step.linksOf(link.toCode())) {
                if (next.level() != link.level()) {
                    continue;
                }
                CrosswalkLink chained = new CrosswalkLink(link.level(), link.fromCode(), next.toCode(),
                        kind(link.kind(), next.kind()), rounded(link.confidence() * next.confidence()));
                byTarget.merge(chained.toCode(), chained,
                        (kept, other) -> other.confidence() > kept.confidence() ? other : kept);
            }
        }
        return List.copyOf(byTarget.values());
    }

    /**
     * What a chained link is called: a split or merge anywhere along it makes it one (a split wins, it says the
     * region now has several counterparts); otherwise the weakest kind of evidence along it, so two same-code steps
     * stay same-code and a renamed step makes the whole link a name match.
     */
    static MatchKind kind(MatchKind first, MatchKind second) {
        return rank(first) >= rank(second) ? first : second;
    }

    private static int rank(MatchKind kind) {
        return switch (kind) {
            case SAME_CODE -> 0;
            case MANUAL -> 1;
            case EXACT_NAME -> 2;
            case FUZZY_NAME -> 3;
            case MERGED -> 4;
            case SPLIT -> 5;
        };
    }

    /** Three decimals, as every crosswalk's confidences. */
    private static double rounded(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0;
    }
}
