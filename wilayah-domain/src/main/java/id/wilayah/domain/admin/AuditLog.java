package id.wilayah.domain.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AuditLog {
    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    /** Joins the caller's transaction, so an action and its audit line commit together. */
    @Transactional
    public void record(String actor, String action, String target, String detail) {
        em.persist(new AuditEntry(actor, action, target, detail));
    }
}
