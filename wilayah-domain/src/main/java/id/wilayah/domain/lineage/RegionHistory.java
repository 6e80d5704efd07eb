package id.wilayah.domain.lineage;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.edition.EditionChain;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.ReadyEditions;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.readmodel.SnapshotLoader;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A region's history through the published retained editions of its code system. Of an older edition only the regions
 * on the lineage are read (one row each), never the whole edition, and the crosswalks of consecutive editions are the
 * stored ones (computed once when first needed), so asking costs reading those crosswalks, not a matching.
 */
@ApplicationScoped
public class RegionHistory {
    @Inject
    ReadyEditions ready;

    @Inject
    SnapshotLoader loader;

    @Inject
    Crosswalks crosswalks;

    /** {@code code} is a code of {@code asked} (its own codes); 404 when the edition has no such region. */
    public List<HistoryEntry> of(RegionSnapshot asked, Level level, String code) {
        if (asked.level(level).find(code).isEmpty()) {
            throw new NotFoundException(Character.toUpperCase(level.label().charAt(0)) + level.label().substring(1)
                    + " " + code + " not found");
        }
        List<EditionInfo> chain = EditionChain.of(asked.edition(), ready.all()).stream()
                .filter(edition -> edition.published() || edition.id() == asked.edition().id()).toList();
        int start = 0;
        while (chain.get(start).id() != asked.edition().id()) {
            start++;
        }
        int askedAt = start;
        return Timeline.of(new Timeline.Chain() {
            @Override
            public int size() {
                return chain.size();
            }

            @Override
            public String editionName(int index) {
                return chain.get(index).name();
            }

            @Override
            public Optional<Region> region(int index, Level level, String regionCode) {
                return index == askedAt ? asked.level(level).find(regionCode).map(Region.class::cast)
                        : loader.region(chain.get(index), level, regionCode);
            }

            @Override
            public Crosswalk step(int index) {
                return crosswalks.step(chain.get(index), chain.get(index + 1));
            }
        }, start, level, code);
    }
}
