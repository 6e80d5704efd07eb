package id.wilayah.importer;

import id.wilayah.domain.importrun.ImportRun;
import id.wilayah.importer.job.ImportJob;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts import runs: the staging edition and run record commit first, then the batch job picks them up. */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    @Inject
    ImportRunService runs;

    public long importBundled(BundledDataset dataset, boolean activate, String startedBy) {
        ImportRun run = runs.prepare(dataset, !activate, startedBy);
        Properties parameters = new Properties();
        parameters.setProperty(ImportJob.RUN_ID, run.getId().toString());
        parameters.setProperty(ImportJob.EDITION_ID, run.getEditionId().toString());
        parameters.setProperty(ImportJob.DATASET, dataset.datasetName());
        parameters.setProperty(ImportJob.ACTIVATE, Boolean.toString(activate));
        JobOperator operator = BatchRuntime.getJobOperator();
        long executionId = operator.start(ImportJob.NAME, parameters);
        runs.attachJob(run.getId(), executionId);
        LOG.info(() -> "Import run " + run.getId() + " of " + dataset.datasetName() + " started (job execution "
                + executionId + ")");
        return run.getId();
    }

    /** Runs left RUNNING by a stopped or killed server can never finish: fail them so their rows are removed. */
    public void failInterruptedRuns() {
        for (Long runId : runs.runningRunIds()) {
            LOG.warning(() -> "Import run " + runId + " was interrupted by a restart; marking it failed");
            runs.fail(runId, "interrupted: the server stopped while this import was running");
        }
    }
}
