package id.wilayah.importer.run;

import id.wilayah.domain.audit.AuditLog;
import id.wilayah.domain.cluster.LiveNodes;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionConflictException;
import id.wilayah.domain.edition.EditionStatus;
import id.wilayah.domain.edition.event.EditionsChanged;
import id.wilayah.domain.importrun.ImportRun;
import id.wilayah.domain.importrun.ImportStatus;
import id.wilayah.domain.region.RegionCounts;
import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.edition.EditionStorage;
import id.wilayah.importer.validation.ValidationReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The database side of an import run: staging edition, run record, progress, and how the run ended. */
@ApplicationScoped
public class ImportRunService {
    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    EditionStorage storage;

    @Inject
    AuditLog audit;

    @Inject
    LiveNodes nodes;

    @Inject
    Event<EditionsChanged> changes;

    /** The run, its staging edition and the audit line commit together, before the batch job is started. */
    @Transactional
    public ImportRun prepare(String editionName, CodeSystem codeSystem, String sourceLabel, String description,
                             boolean dryRun, String startedBy, long expectedRows) {
        em.createNamedQuery(Edition.BY_NAME, Edition.class).setParameter("name", editionName)
                .getResultStream().findFirst().ifPresent(this::discardFailed);
        Edition edition = new Edition(editionName, codeSystem, description);
        em.persist(edition);
        em.flush();
        ImportRun run = new ImportRun(edition.getId(), edition.getName(), sourceLabel, dryRun, startedBy,
                expectedRows, nodes.nodeId());
        em.persist(run);
        em.flush();
        audit.record(startedBy, "IMPORT_STARTED", editionName, "run " + run.getId() + " from " + sourceLabel
                + (dryRun ? ", dry run" : ", activates when complete"));
        return run;
    }

    @Transactional
    public void attachJob(long runId, long executionId) {
        em.find(ImportRun.class, runId).attachJob(executionId);
    }

    @Transactional
    public void recordStep(long runId, StepProgress step, ValidationReport report) {
        ImportRun run = em.find(ImportRun.class, runId);
        List<StepProgress> steps = new ArrayList<>(RunJson.steps(run.getProgress()));
        steps.add(step);
        run.recordProgress(steps.stream().mapToLong(StepProgress::read).sum(),
                steps.stream().mapToLong(StepProgress::written).sum(), RunJson.write(steps), report.problemCount(),
                RunJson.write(report.problems()));
    }

    /** The files broke rules: the run is rejected with its report and the staging rows are removed. */
    @Transactional
    public void reject(long runId, ValidationReport report) {
        ImportRun run = em.find(ImportRun.class, runId);
        run.reject(report.problemCount(), RunJson.write(report.problems()));
        discardStaging(run);
    }

    /** Records the staging edition's counts and code system and marks it READY (activatable). */
    @Transactional
    public RegionCounts stage(long runId, CodeSystem codeSystem) {
        ImportRun run = em.find(ImportRun.class, runId);
        Edition edition = em.find(Edition.class, run.getEditionId());
        RegionCounts counts = storage.count(edition.getId());
        if (counts.provinces() == 0 || counts.regencies() == 0 || counts.districts() == 0 || counts.villages() == 0) {
            throw new IllegalStateException("Import produced an incomplete edition: " + counts);
        }
        edition.markReady(counts, codeSystem);
        changes.fire(new EditionsChanged());
        return counts;
    }

    @Transactional
    public void complete(long runId, EditionDiff diff) {
        ImportRun run = em.find(ImportRun.class, runId);
        Edition edition = em.find(Edition.class, run.getEditionId());
        if (diff != null) {
            run.recordDiff(RunJson.write(diff));
        }
        RegionCounts counts = edition.getCounts();
        run.complete(run.getRowsRead(), run.getRowsWritten(), String.format(
                "Imported %d provinces, %d regencies, %d districts and %d villages; %s", counts.provinces(),
                counts.regencies(), counts.districts(), counts.villages(),
                run.isDryRun() ? "dry run: not activated" : "activated"));
    }

    /** Marks the run and its edition failed and removes the partial rows, so nothing half-imported remains. */
    @Transactional
    public void fail(long runId, String reason) {
        ImportRun run = em.find(ImportRun.class, runId);
        if (run == null || run.getStatus().finished()) {
            return;
        }
        run.fail(reason);
        discardStaging(run);
    }

    @Transactional
    public String startedBy(long runId) {
        return em.find(ImportRun.class, runId).getStartedBy();
    }

    @Transactional
    public Optional<ImportRun> find(long runId) {
        return Optional.ofNullable(em.find(ImportRun.class, runId));
    }

    @Transactional
    public List<ImportRun> history(int max) {
        return em.createQuery("select r from ImportRun r order by r.id desc", ImportRun.class).setMaxResults(max)
                .getResultList();
    }

    /**
     * Runs left running by a node that is gone: one without a heartbeat younger than the node timeout, or this node
     * itself when {@code includingOwn} (at start, when it runs nothing yet). A run of a live node is still written.
     */
    @Transactional
    public List<Long> orphanedRunIds(boolean includingOwn) {
        List<?> ids = em.createNativeQuery("select r.id from import_run r where r.status = ?"
                        + " and (r.node_id is null or (r.node_id = ? and ?) or (r.node_id <> ? and not exists"
                        + " (select 1 from node_heartbeat h where h.node_id = r.node_id"
                        + " and h.beat_at > now(3) - interval ? second)))")
                .setParameter(1, ImportStatus.RUNNING.name()).setParameter(2, nodes.nodeId())
                .setParameter(3, includingOwn).setParameter(4, nodes.nodeId())
                .setParameter(5, nodes.timeoutSeconds()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private void discardStaging(ImportRun run) {
        Edition edition = run.getEditionId() == null ? null : em.find(Edition.class, run.getEditionId());
        if (edition != null && edition.getStatus() != EditionStatus.READY) {
            storage.deleteRows(edition.getId());
            edition.markFailed();
        }
    }

    /** A failed edition holds no rows and may be imported again under its name; any other is a conflict. */
    private void discardFailed(Edition existing) {
        if (existing.getStatus() != EditionStatus.FAILED) {
            throw new EditionConflictException("Edition " + existing.getName() + " already exists ("
                    + existing.getStatus() + "); choose another name");
        }
        em.createQuery("update ImportRun r set r.editionId = null where r.editionId = :id")
                .setParameter("id", existing.getId()).executeUpdate();
        em.remove(existing);
        em.flush();
    }
}
