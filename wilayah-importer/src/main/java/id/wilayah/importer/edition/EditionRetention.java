package id.wilayah.importer.edition;

import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.EditionStatus;
import id.wilayah.domain.edition.event.EditionsChanged;
import id.wilayah.domain.importrun.ImportRun;
import id.wilayah.importer.diff.EditionDiffCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keeps the last {@code wilayah.editions.retain} ready editions (default 3) and drops older ones with their rows. */
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
        List<RetentionPolicy.Candidate> candidates = ready.stream()
                .map(edition -> new RetentionPolicy.Candidate(edition.getId(), lastUsed(edition))).toList();
        for (Long id : RetentionPolicy.toDiscard(candidates, activeId, retain)) {
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

    private static Instant lastUsed(Edition edition) {
        Instant imported = edition.getImportedAt();
        Instant activated = edition.getActivatedAt();
        if (imported == null || activated == null) {
            return imported == null ? activated : imported;
        }
        return activated.isAfter(imported) ? activated : imported;
    }
}
