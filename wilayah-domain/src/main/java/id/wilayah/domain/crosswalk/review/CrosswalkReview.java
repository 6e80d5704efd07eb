package id.wilayah.domain.crosswalk.review;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.crosswalk.store.CrosswalkTable;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an administrator reviews of the crosswalk of two editions, as served (overrides applied): counts per level and
 * match kind, and the regions to check, i.e. those without counterpart and the links whose confidence is below
 * {@code wilayah.crosswalk.review-below}. A region with an override has been reviewed and is not listed again.
 */
@ApplicationScoped
public class CrosswalkReview {
    public static final String THRESHOLD_KEY = "wilayah.crosswalk.review-below";

    @Inject
    Crosswalks crosswalks;

    @Inject
    CrosswalkTable table;

    @Inject
    @ConfigProperty(name = THRESHOLD_KEY, defaultValue = "0.8")
    double reviewBelow;

    public double threshold() {
        return reviewBelow;
    }

    public List<LevelCounts> counts(EditionPair pair) {
        Crosswalk crosswalk = crosswalks.of(pair);
        Set<String> overridden = overridden(pair);
        List<LevelCounts> counts = new ArrayList<>();
        for (Level level : Level.values()) {
            int[] byKind = new int[MatchKind.values().length];
            int unlinked = 0;
            int toReview = 0;
            List<? extends Region> regions = pair.source().level(level).all();
            for (Region region : regions) {
                List<CrosswalkLink> links = crosswalk.linksOf(region.code());
                if (!links.isEmpty()) {
                    byKind[links.get(0).kind().ordinal()]++;
                    toReview += (int) links.stream().filter(this::weak).count();
                } else if (overridden.contains(region.code())) {
                    byKind[MatchKind.MANUAL.ordinal()]++;
                } else {
                    unlinked++;
                    toReview++;
                }
            }
            counts.add(new LevelCounts(level.label(), Arrays.stream(byKind).boxed().toList(), unlinked,
                    regions.size(), toReview));
        }
        return counts;
    }

    /** Rows {@code first} to {@code first + size} of those to review on one level ({@code null}: every level). */
    public ReviewPage toReview(EditionPair pair, Level only, int first, int size) {
        Crosswalk crosswalk = crosswalks.of(pair);
        Set<String> overridden = overridden(pair);
        List<ReviewRow> rows = new ArrayList<>();
        int total = 0;
        for (Level level : Level.values()) {
            if (only != null && only != level) {
                continue;
            }
            for (Region region : pair.source().level(level).all()) {
                if (overridden.contains(region.code())) {
                    continue;
                }
                List<CrosswalkLink> links = crosswalk.linksOf(region.code());
                if (links.isEmpty()) {
                    if (total++ >= first && rows.size() < size) {
                        rows.add(new ReviewRow(level.label(), region.code(), region.name(), null, null, null, null));
                    }
                }
                for (CrosswalkLink link : links) {
                    if (weak(link) && total++ >= first && rows.size() < size) {
                        rows.add(new ReviewRow(level.label(), region.code(), region.name(), link.toCode(),
                                pair.target().level(level).find(link.toCode()).map(Region::name).orElse(""),
                                link.kind().label(), link.confidence()));
                    }
                }
            }
        }
        return new ReviewPage(rows, first, total);
    }

    private boolean weak(CrosswalkLink link) {
        return link.confidence() < reviewBelow;
    }

    private Set<String> overridden(EditionPair pair) {
        return table.overrides(pair.source().edition(), pair.target().edition()).keySet();
    }
}
