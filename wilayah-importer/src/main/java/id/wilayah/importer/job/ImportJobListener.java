package id.wilayah.importer.job;

import id.wilayah.importer.ImportRunService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Turns a job that did not complete into a failed run whose partial rows are removed. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {
    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ImportRunService runs;

    @Inject
    @BatchProperty
    String runId;

    @Override
    public void afterJob() {
        BatchStatus status = jobContext.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            String reason = jobContext.getExitStatus() != null ? jobContext.getExitStatus() : "import " + status;
            LOG.warning(() -> "Import run " + runId + " ended " + status + ": " + reason);
            runs.fail(Long.parseLong(runId), reason);
        }
    }
}
