package id.wilayah.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class AuditLog {
    private static final int MAX_ACTOR = 100;
    private static final int MAX_TARGET = 255;
    private static final int MAX_DETAIL = 1000;

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    /**
     * Joins the caller's transaction, so an action and its audit line commit together. Values are cut to their
     * column sizes because some (a username typed at login) come straight from strangers.
     */
    @Transactional
    public void record(String actor, String action, String target, String detail) {
        em.persist(new AuditEntry(cut(actor, MAX_ACTOR), action, cut(target, MAX_TARGET), cut(detail, MAX_DETAIL)));
    }

    /** Newest first; every filter is optional, text matches target or detail. */
    @Transactional
    public List<AuditEntry> search(AuditFilter filter, int maxResults) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("a.actor = :actor");
        }
        if (filter.action() != null) {
            conditions.add("a.action = :action");
        }
        if (filter.text() != null) {
            conditions.add("(lower(a.target) like :text escape '\\' or lower(a.detail) like :text escape '\\')");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditEntry> query = em.createQuery("select a from AuditEntry a" + where + " order by a.id desc",
                AuditEntry.class).setMaxResults(maxResults);
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.text() != null) {
            query.setParameter("text", "%" + escapeLike(filter.text().toLowerCase()) + "%");
        }
        return query.getResultList();
    }

    @Transactional
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class)
                .getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
