package id.wilayah.domain.edition;

import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.edition.event.EditionsChanged;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EditionService {
    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    Event<EditionActivated> activations;

    @Transactional
    public Optional<EditionInfo> activeEdition() {
        ActiveEdition pointer = em.find(ActiveEdition.class, ActiveEdition.SINGLETON_ID);
        return Optional.ofNullable(pointer.getEdition()).map(Edition::info);
    }

    /**
     * What a cluster poll compares: the activation version grows with every activation, the editions version with
     * every change of the ready editions, the overrides version with every change of the crosswalk overrides, on any
     * node; one row, cheaper to poll than the editions themselves.
     */
    @Transactional
    public ChangeVersions changeVersions() {
        ActiveEdition pointer = em.find(ActiveEdition.class, ActiveEdition.SINGLETON_ID);
        return new ChangeVersions(pointer.getVersion(), pointer.getEditionsVersion(), pointer.getOverridesVersion());
    }

    /** In the transaction that changes crosswalk overrides, so the other nodes' polls see it with the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countOverridesChange() {
        em.createQuery("update ActiveEdition a set a.overridesVersion = a.overridesVersion + 1 where a.id = :id")
                .setParameter("id", ActiveEdition.SINGLETON_ID).executeUpdate();
    }

    /** In the transaction that changes the ready editions, so the other nodes' polls see it with the change. */
    void countEditionsChange(@Observes EditionsChanged changed) {
        em.createQuery("update ActiveEdition a set a.editionsVersion = a.editionsVersion + 1 where a.id = :id")
                .setParameter("id", ActiveEdition.SINGLETON_ID).executeUpdate();
    }

    public record ChangeVersions(long activation, long editions, long overrides) {
    }

    @Transactional
    public Optional<Edition> findByName(String name) {
        return em.createNamedQuery(Edition.BY_NAME, Edition.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    /** The editions that may answer reads, oldest first. */
    @Transactional
    public List<EditionInfo> ready() {
        return em.createQuery("select e from Edition e where e.status = :ready order by e.createdAt", Edition.class)
                .setParameter("ready", EditionStatus.READY).getResultStream().map(Edition::info).toList();
    }

    @Transactional
    public List<Edition> all() {
        return em.createQuery("select e from Edition e order by e.createdAt", Edition.class).getResultList();
    }

    /** Makes a READY edition the one that answers reads; the read model swaps once this transaction commits. */
    @Transactional
    public EditionInfo activate(long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null) {
            throw new NotFoundException("Edition " + editionId + " does not exist");
        }
        if (edition.getStatus() != EditionStatus.READY) {
            throw new InvalidInputException("Edition " + edition.getName() + " is " + edition.getStatus()
                    + " and cannot be activated");
        }
        ActiveEdition pointer = em.find(ActiveEdition.class, ActiveEdition.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        pointer.point(edition);
        activations.fire(new EditionActivated(edition.getId(), edition.getName()));
        return edition.info();
    }
}
