package id.wilayah.importer.job;

import id.wilayah.importer.ImportRunService;
import id.wilayah.importer.StepProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Stores each finished step's counts and the report so far with the run, so both survive a restart. */
@Named
@Dependent
public class StepProgressListener extends AbstractStepListener {
    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    ImportRunService runs;

    @Inject
    @BatchProperty
    String runId;

    @Override
    public void afterStep() {
        runs.recordStep(Long.parseLong(runId), StepProgress.of(stepContext.getStepName(),
                        stepContext.getBatchStatus().name(), stepContext.getMetrics()),
                ImportJob.validation(jobContext).report());
    }
}
