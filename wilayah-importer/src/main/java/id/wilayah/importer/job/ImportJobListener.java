package id.wilayah.importer.job;

import id.wilayah.importer.run.ImportRunService;
import id.wilayah.importer.source.UploadedFiles;
import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Gives the job its validation state, turns a job that did not complete into a failed run whose partial rows are
 * removed, and deletes uploaded files once they are imported.
 */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {
    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ImportRunService runs;


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
        if (ImportJob.source(jobContext) instanceof UploadedFiles upload) {
            upload.delete();
        }
    }
}
