package id.wilayah.domain.crosswalk.review;

import id.wilayah.domain.audit.AuditLog;
import id.wilayah.domain.crosswalk.csv.OverrideCsv;
import id.wilayah.domain.crosswalk.csv.OverrideLine;
import id.wilayah.domain.crosswalk.store.CrosswalkOverride;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.crosswalk.store.OverridesChanged;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Administrators' overrides of a crosswalk: each use case one transaction with its audit line, and with the overrides
 * version counted so every node serves the new links (see {@code Crosswalks}). An override replaces whatever was
 * overridden for its region before, so the stored overrides of a region are always the last ones given.
 */
@ApplicationScoped
public class CrosswalkOverrides {
    private static final int ROWS_PER_FLUSH = 1000;

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    EditionService editions;

    @Inject
    Event<OverridesChanged> changes;

    /** Links one region by hand to one region of the target, or ({@code toCode} blank) to none. */
    @Transactional
    public OverrideLine link(EditionPair pair, String fromCode, String toCode, String actor) {
        OverrideLine line = OverrideCsv.line(pair, 0, fromCode, toCode);
        replace(pair, List.of(line), actor);
        audit.record(actor, line.toCode() == null ? "CROSSWALK_UNLINKED" : "CROSSWALK_LINKED",
                target(pair, line.fromCode()), line.toCode() == null ? "no counterpart" : "→ " + line.toCode());
        return line;
    }

    /** Drops the overrides of one region, so its computed links apply again. */
    @Transactional
    public void remove(EditionPair pair, String fromCode, String actor) {
        if (delete(pair, List.of(fromCode)) == 0) {
            throw new NotFoundException("No override of " + RegionCode.printable(fromCode) + " in "
                    + pairName(pair));
        }
        changed();
        audit.record(actor, "CROSSWALK_OVERRIDE_REMOVED", target(pair, fromCode), "computed links apply again");
    }

    /**
     * Stores every override of a file ({@link OverrideCsv}) or, when any line has a problem, none; returns how many
     * regions it overrides.
     */
    @Transactional(rollbackOn = IOException.class)
    public int upload(EditionPair pair, InputStream csv, String actor) throws IOException {
        List<OverrideLine> lines = OverrideCsv.read(csv, pair);
        int regions = replace(pair, lines, actor);
        audit.record(actor, "CROSSWALK_OVERRIDES_UPLOADED", pairName(pair),
                lines.size() + " lines overriding " + regions + " regions");
        return regions;
    }

    /** The pair's overrides, newest first, at most {@code max}. */
    @Transactional
    public List<OverrideView> list(EditionPair pair, int max) {
        return em.createQuery("select o from CrosswalkOverride o where o.fromEditionId = :from"
                        + " and o.toEditionId = :to order by o.id desc", CrosswalkOverride.class)
                .setParameter("from", pair.source().edition().id())
                .setParameter("to", pair.target().edition().id())
                .setMaxResults(max).getResultStream()
                .map(override -> view(pair, override)).toList();
    }

    @Transactional
    public long count(EditionPair pair) {
        return em.createQuery("select count(o) from CrosswalkOverride o where o.fromEditionId = :from"
                        + " and o.toEditionId = :to", Long.class)
                .setParameter("from", pair.source().edition().id())
                .setParameter("to", pair.target().edition().id())
                .getSingleResult();
    }

    private int replace(EditionPair pair, List<OverrideLine> lines, String actor) {
        List<String> regions = lines.stream().map(OverrideLine::fromCode).distinct().toList();
        delete(pair, regions);
        int written = 0;
        for (OverrideLine line : lines) {
            em.persist(new CrosswalkOverride(pair, line.level(), line.fromCode(), line.toCode(), actor));
            if (++written % ROWS_PER_FLUSH == 0) {
                em.flush();
                em.clear();
            }
        }
        changed();
        return regions.size();
    }

    private int delete(EditionPair pair, List<String> fromCodes) {
        int deleted = 0;
        for (int from = 0; from < fromCodes.size(); from += ROWS_PER_FLUSH) {
            deleted += em.createQuery("delete from CrosswalkOverride o where o.fromEditionId = :from"
                            + " and o.toEditionId = :to and o.fromCode in :codes")
                    .setParameter("from", pair.source().edition().id())
                    .setParameter("to", pair.target().edition().id())
                    .setParameter("codes", fromCodes.subList(from, Math.min(fromCodes.size(), from + ROWS_PER_FLUSH)))
                    .executeUpdate();
        }
        return deleted;
    }

    private void changed() {
        editions.countOverridesChange();
        changes.fire(new OverridesChanged());
    }

    private static OverrideView view(EditionPair pair, CrosswalkOverride override) {
        String toCode = override.getToCode();
        return new OverrideView(override.getLevel().label(), override.getFromCode(),
                name(pair.source(), override, override.getFromCode()), toCode,
                toCode == null ? null : name(pair.target(), override, toCode),
                override.getCreatedBy(), override.getCreatedAt());
    }

    private static String name(RegionSnapshot snapshot, CrosswalkOverride override, String code) {
        return snapshot.level(override.getLevel()).find(code).map(Region::name).orElse("");
    }

    private static String pairName(EditionPair pair) {
        return pair.source().edition().name() + " → " + pair.target().edition().name();
    }

    private static String target(EditionPair pair, String fromCode) {
        return pairName(pair) + ": " + fromCode;
    }
}
