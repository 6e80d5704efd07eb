package id.wilayah.importer.job;

import id.wilayah.importer.run.ImportRunEnded;
import id.wilayah.importer.run.ImportRunService;
import id.wilayah.importer.source.UploadedFiles;
import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Gives the job its validation state, turns a job that did not complete into a failed run whose partial rows are
 * removed, deletes uploaded files once they are imported, and tells observers (metrics) how the run ended.
 */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {
    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ImportRunService runs;

    @Inject
    Event<ImportRunEnded> ended;

    @Override
    public void beforeJob() {
        jobContext.setTransientUserData(new EditionValidation());
    }

    @Override
    public void afterJob() {
        BatchStatus status = jobContext.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            String reason = "import " + status + (jobContext.getExitStatus() == null ? ""
                    : ": " + jobContext.getExitStatus());
            long runId = ImportJob.runId(jobContext);
            LOG.warning(() -> "Import run " + runId + " ended " + status + ": " + reason);
            runs.fail(runId, reason);
        }
        runs.find(ImportJob.runId(jobContext)).ifPresent(run -> ended.fire(new ImportRunEnded(run.getStatus().name(),
                Duration.between(run.getStartedAt(), run.getFinishedAt() == null ? Instant.now() : run.getFinishedAt()))));
        if (ImportJob.source(jobContext) instanceof UploadedFiles upload) {
            upload.delete();
        }
    }
}
