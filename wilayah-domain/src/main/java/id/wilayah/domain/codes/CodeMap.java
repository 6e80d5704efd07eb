package id.wilayah.domain.codes;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which region of an edition carries which code of another edition: a one-to-one pairing taken from the crosswalk
 * from the other edition to this one, so that no region is ever given a code that stands for another region.
 *
 * <p>Per level, a code of the other edition is paired with its region here when it has exactly one identity link
 * ({@code same-code}, {@code exact-name}, {@code fuzzy-name}, {@code manual}) and no other code claims that region by
 * identity; failing that, when its only links all lead to one region (a region renamed outright is found as a
 * {@code split}) that nothing else claims. A split region's other parts, a merged region's absorbed parts and anything
 * claimed twice stay unpaired: they keep their own codes.
 */
public final class CodeMap {
    private static final Set<MatchKind> IDENTITY =
            EnumSet.of(MatchKind.SAME_CODE, MatchKind.EXACT_NAME, MatchKind.FUZZY_NAME, MatchKind.MANUAL);

    private final Map<Level, Map<String, String>> toOther;
    private final Map<Level, Map<String, String>> fromOther;
    private final Map<Level, Set<String>> otherCodes;

    private CodeMap(Map<Level, Map<String, String>> toOther, Map<Level, Map<String, String>> fromOther,
                    Map<Level, Set<String>> otherCodes) {
        this.toOther = toOther;
        this.fromOther = fromOther;
        this.otherCodes = otherCodes;
    }

    /** From the crosswalk whose source is {@code other} (every code of which is known, linked or not). */
    public static CodeMap of(Crosswalk otherToOwn, RegionSnapshot other) {
        Map<Level, Set<String>> codes = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Set<String> all = new HashSet<>();
            other.level(level).all().forEach(region -> all.add(region.code()));
            codes.put(level, all);
        }
        return of(otherToOwn.links(), codes);
    }

    static CodeMap of(List<CrosswalkLink> links, Map<Level, Set<String>> otherCodes) {
        Map<Level, Map<String, List<CrosswalkLink>>> bySource = new EnumMap<>(Level.class);
        for (CrosswalkLink link : links) {
            bySource.computeIfAbsent(link.level(), l -> new LinkedHashMap<>())
                    .computeIfAbsent(link.fromCode(), c -> new ArrayList<>(1)).add(link);
        }
        Map<Level, Map<String, String>> to = new EnumMap<>(Level.class);
        Map<Level, Map<String, String>> from = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<String, String> paired = pair(bySource.getOrDefault(level, Map.of()));
            Map<String, String> reverse = new HashMap<>(paired.size() * 2);
            paired.forEach((otherCode, ownCode) -> reverse.put(ownCode, otherCode));
            from.put(level, Map.copyOf(paired));
            to.put(level, Map.copyOf(reverse));
        }
        return new CodeMap(to, from, otherCodes);
    }

    private static Map<String, String> pair(Map<String, List<CrosswalkLink>> bySource) {
        Map<String, String> byIdentity = new HashMap<>();
        for (Map.Entry<String, List<CrosswalkLink>> source : bySource.entrySet()) {
            onlyTarget(source.getValue().stream().filter(link -> IDENTITY.contains(link.kind())).toList())
                    .ifPresent(target -> byIdentity.put(source.getKey(), target));
        }
        Map<String, String> paired = claimedOnce(byIdentity, Set.of());
        Map<String, String> bySoleLink = new HashMap<>();
        for (Map.Entry<String, List<CrosswalkLink>> source : bySource.entrySet()) {
            if (!byIdentity.containsKey(source.getKey())) {
                onlyTarget(source.getValue()).ifPresent(target -> bySoleLink.put(source.getKey(), target));
            }
        }
        paired.putAll(claimedOnce(bySoleLink, new HashSet<>(byIdentity.values())));
        return paired;
    }

    private static Optional<String> onlyTarget(List<CrosswalkLink> links) {
        Set<String> targets = new HashSet<>();
        links.forEach(link -> targets.add(link.toCode()));
        return targets.size() == 1 ? Optional.of(targets.iterator().next()) : Optional.empty();
    }

    /** The candidates whose target no other candidate, and nothing in {@code taken}, claims. */
    private static Map<String, String> claimedOnce(Map<String, String> candidates, Set<String> taken) {
        Map<String, Integer> claims = new HashMap<>();
        candidates.values().forEach(target -> claims.merge(target, 1, Integer::sum));
        Map<String, String> kept = new HashMap<>();
        candidates.forEach((source, target) -> {
            if (claims.get(target) == 1 && !taken.contains(target)) {
                kept.put(source, target);
            }
        });
        return kept;
    }

    /** The other edition's code for a region of this one, if it has a counterpart. */
    public Optional<String> otherCode(Level level, String ownCode) {
        return Optional.ofNullable(toOther.get(level).get(ownCode));
    }

    /** This edition's code for a code of the other one, if that region has a counterpart. */
    public Optional<String> ownCode(Level level, String otherCode) {
        return Optional.ofNullable(fromOther.get(level).get(otherCode));
    }

    /** Whether the other edition uses this code (for whichever region, with or without counterpart). */
    public boolean usedByOther(Level level, String code) {
        return otherCodes.getOrDefault(level, Set.of()).contains(code);
    }
}
