package id.wilayah.importer;

import id.wilayah.domain.InvalidInputException;
import id.wilayah.domain.importrun.ImportRun;
import id.wilayah.domain.importrun.ImportStatus;
import id.wilayah.domain.region.Edition;
import id.wilayah.domain.region.EditionStatus;
import id.wilayah.domain.region.RegionCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The database side of an import run: staging edition, run record, completion and failure. */
@ApplicationScoped
public class ImportRunService {
    private static final List<String> REGION_TABLES = List.of("village", "district", "regency", "province");

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Transactional
    public ImportRun prepare(BundledDataset dataset, boolean dryRun, String startedBy) {
        em.createNamedQuery(Edition.BY_NAME, Edition.class).setParameter("name", dataset.datasetName())
                .getResultStream().findFirst().ifPresent(this::discardFailed);
        Edition edition = new Edition(dataset.datasetName(), dataset.codeSystem(), dataset.source());
        em.persist(edition);
        em.flush();
        ImportRun run = new ImportRun(edition.getId(), edition.getName(), "bundled:" + dataset.datasetName(), dryRun,
                startedBy);
        em.persist(run);
        em.flush();
        return run;
    }

    @Transactional
    public void attachJob(long runId, long executionId) {
        em.find(ImportRun.class, runId).attachJob(executionId);
    }

    /** Records the staging edition's counts and marks it READY; returns the counts. */
    @Transactional
    public RegionCounts complete(long runId) {
        ImportRun run = em.find(ImportRun.class, runId);
        Edition edition = em.find(Edition.class, run.getEditionId());
        RegionCounts counts = new RegionCounts(count("province", edition), count("regency", edition),
                count("district", edition), count("village", edition));
        if (counts.provinces() == 0 || counts.regencies() == 0 || counts.districts() == 0 || counts.villages() == 0) {
            throw new InvalidInputException("Import produced an incomplete edition: " + counts);
        }
        edition.markReady(counts);
        run.complete(counts.total(), counts.total(), "Imported " + counts);
        return counts;
    }

    /** Marks the run and its edition failed and removes the partial rows, so nothing half-imported remains. */
    @Transactional
    public void fail(long runId, String reason) {
        ImportRun run = em.find(ImportRun.class, runId);
        if (run == null || run.getStatus().finished()) {
            return;
        }
        run.fail(reason);
        Edition edition = em.find(Edition.class, run.getEditionId());
        if (edition != null) {
            for (String table : REGION_TABLES) {
                em.createNativeQuery("delete from " + table + " where edition_id = ?")
                        .setParameter(1, edition.getId()).executeUpdate();
            }
            edition.markFailed();
        }
    }

    @Transactional
    public List<Long> runningRunIds() {
        return em.createQuery("select r.id from ImportRun r where r.status = :status", Long.class)
                .setParameter("status", ImportStatus.RUNNING).getResultList();
    }

    /** A failed edition holds no rows and may be imported again under its name; any other is a conflict. */
    private void discardFailed(Edition existing) {
        if (existing.getStatus() != EditionStatus.FAILED) {
            throw new InvalidInputException("Edition " + existing.getName() + " already exists");
        }
        em.createQuery("update ImportRun r set r.editionId = null where r.editionId = :id")
                .setParameter("id", existing.getId()).executeUpdate();
        em.remove(existing);
        em.flush();
    }

    private int count(String table, Edition edition) {
        Number rows = (Number) em.createNativeQuery("select count(*) from " + table + " where edition_id = ?")
                .setParameter(1, edition.getId()).getSingleResult();
        return rows.intValue();
    }
}
