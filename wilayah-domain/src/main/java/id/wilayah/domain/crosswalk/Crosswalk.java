package id.wilayah.domain.crosswalk;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every link from the regions of one edition to those of another, immutable, with a lookup by source code. A source
 * code has no link (no counterpart found), one, or several (its region was split, or a split part was found by its
 * children).
 */
public final class Crosswalk {
    private final EditionInfo source;
    private final EditionInfo target;
    private final List<CrosswalkLink> links;
    private final Map<String, List<CrosswalkLink>> bySource;

    public Crosswalk(EditionInfo source, EditionInfo target, List<CrosswalkLink> links) {
        this.source = source;
        this.target = target;
        this.links = List.copyOf(links);
        Map<String, List<CrosswalkLink>> index = new HashMap<>(links.size() * 2);
        for (CrosswalkLink link : this.links) {
            index.computeIfAbsent(link.fromCode(), c -> new ArrayList<>(1)).add(link);
        }
        index.replaceAll((code, list) -> List.copyOf(list));
        this.bySource = index;
    }

    /** Matches the two snapshots; takes a few seconds for two national editions, so callers run it off requests. */
    public static Crosswalk between(RegionSnapshot from, RegionSnapshot to) {
        return new Crosswalk(from.edition(), to.edition(), CrosswalkMatcher.match(from, to));
    }

    public EditionInfo source() {
        return source;
    }

    public EditionInfo target() {
        return target;
    }

    /** Ordered by level, source code, match kind. */
    public List<CrosswalkLink> links() {
        return links;
    }

    public List<CrosswalkLink> linksOf(String sourceCode) {
        return bySource.getOrDefault(sourceCode, List.of());
    }

    /**
     * This crosswalk with the links of some source regions replaced, as an administrator's overrides replace the
     * computed ones: each listed source code gets exactly the given links, an empty list leaving it without
     * counterpart.
     */
    public Crosswalk replacing(Map<String, List<CrosswalkLink>> replacements) {
        if (replacements.isEmpty()) {
            return this;
        }
        List<CrosswalkLink> merged = new ArrayList<>(links.size() + replacements.size());
        for (CrosswalkLink link : links) {
            if (!replacements.containsKey(link.fromCode())) {
                merged.add(link);
            }
        }
        replacements.values().forEach(merged::addAll);
        merged.sort(CrosswalkMatcher.ORDER);
        return new Crosswalk(source, target, merged);
    }

    /** Whether a link is weak enough to be listed for review. */
    public static boolean needsReview(CrosswalkLink link) {
        return link.confidence() < Confidence.REVIEW_BELOW;
    }
}
