package id.wilayah.domain.importrun;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Recent import runs, newest first, as the console lists them. */
@ApplicationScoped
public class ImportHistory {
    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Transactional
    public List<ImportRunView> recent(int maxResults) {
        return em.createQuery("select r from ImportRun r order by r.id desc", ImportRun.class)
                .setMaxResults(maxResults).getResultStream().map(ImportRunView::of).toList();
    }
}
