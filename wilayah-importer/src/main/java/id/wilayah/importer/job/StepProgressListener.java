package id.wilayah.importer.job;

import id.wilayah.importer.run.ImportRunService;
import id.wilayah.importer.run.StepProgress;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Stores each finished step's counts and the report so far with the run, so both survive a restart. */
@Named
@Dependent
public class StepProgressListener extends AbstractStepListener {
    private static final Logger LOG = Logger.getLogger(StepProgressListener.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    ImportRunService runs;

    private long started;

    @Override
    public void beforeStep() {
        started = System.nanoTime();
    }

    @Override
    public void afterStep() {
        StepProgress progress = StepProgress.of(stepContext.getStepName(), endStatus(), stepContext.getMetrics(),
                (System.nanoTime() - started) / 1_000_000);
        long runId = ImportJob.runId(jobContext);
        LOG.info(() -> "Import run " + runId + ": " + progress);
        runs.recordStep(runId, progress, ImportJob.validation(jobContext).report());
    }

    /** The runtime sets a step's final status only after this listener, so a step ending normally still says STARTED. */
    private String endStatus() {
        BatchStatus status = stepContext.getBatchStatus();
        if (status != BatchStatus.STARTED) {
            return status.name();
        }
        return stepContext.getException() == null ? BatchStatus.COMPLETED.name() : BatchStatus.FAILED.name();
    }
}
