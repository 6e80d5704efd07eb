package id.wilayah.importer.edition;

import id.wilayah.domain.codes.Translations;
import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.EditionStatus;
import id.wilayah.domain.edition.event.EditionsChanged;
import id.wilayah.domain.importrun.ImportRun;
import id.wilayah.importer.diff.EditionDiffCache;
import id.wilayah.importer.source.BundledDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the last {@code wilayah.editions.retain} ready editions (default 3) and drops older ones with their rows; never
 * one that clients depend on, which is kept besides them (the log says so).
 */
@ApplicationScoped
public class EditionRetention {
    private static final Logger LOG = Logger.getLogger(EditionRetention.class.getName());

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    EditionService editions;

    @Inject
    EditionStorage storage;

    @Inject
    EditionDiffCache diffs;

    @Inject
    Event<EditionsChanged> changes;

    @Inject
    @ConfigProperty(name = "wilayah.editions.retain", defaultValue = "3")
    int retain;

    @Transactional
    public void prune() {
        List<Edition> ready = em.createQuery("select e from Edition e where e.status = :status", Edition.class)
                .setParameter("status", EditionStatus.READY).getResultList();
        Long activeId = editions.activeEdition().map(EditionInfo::id).orElse(null);
        Map<Long, String> dependedOn = dependedOn(ready);
        List<RetentionPolicy.Candidate> candidates = ready.stream().map(edition -> new RetentionPolicy.Candidate(
                edition.getId(), lastUsed(edition), dependedOn.containsKey(edition.getId()))).toList();
        List<Long> discarded = RetentionPolicy.toDiscard(candidates, activeId, retain);
        if (ready.size() - discarded.size() > retain) {
            LOG.info(() -> "Retaining " + (ready.size() - discarded.size()) + " editions, more than the " + retain
                    + " of wilayah.editions.retain: retention never drops " + kept(ready, dependedOn));
        }
        for (Long id : discarded) {
            Edition edition = em.find(Edition.class, id);
            LOG.info(() -> "Dropping edition " + edition.getName() + ": more than " + retain + " editions retained");
            storage.deleteRows(id);
            diffs.forget(id);
            em.createQuery("select r from ImportRun r where r.editionId = :id", ImportRun.class)
                    .setParameter("id", id).getResultList().forEach(ImportRun::detachEdition);
            em.remove(edition);
            changes.fire(new EditionsChanged());
        }
    }

    /**
     * The editions clients depend on, by id, with the reason: the BPS edition that every key speaking BPS codes is
     * translated through, and the editions of every bundled dataset (bps-2018 and kemendagri-2016 to -2025): the
     * historical editions clients cross-walk their stored codes from and NIKs of re-coded districts are followed
     * through.
     */
    private static Map<Long, String> dependedOn(List<Edition> ready) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        Translations.through(ready.stream().map(Edition::info).toList())
                .ifPresent(bps -> reasons.put(bps.id(), "BPS codes are translated through it"));
        for (Edition edition : ready) {
            if (BundledDataset.imported(edition.getName(), edition.getSource())) {
                reasons.putIfAbsent(edition.getId(), "a bundled dataset");
            }
        }
        return reasons;
    }

    private static String kept(List<Edition> ready, Map<Long, String> dependedOn) {
        return String.join(", ", ready.stream().filter(edition -> dependedOn.containsKey(edition.getId()))
                .map(edition -> edition.getName() + " (" + dependedOn.get(edition.getId()) + ")").toList());
    }

    private static Instant lastUsed(Edition edition) {
        Instant imported = edition.getImportedAt();
        Instant activated = edition.getActivatedAt();
        if (imported == null || activated == null) {
            return imported == null ? activated : imported;
        }
        return activated.isAfter(imported) ? activated : imported;
    }
}
