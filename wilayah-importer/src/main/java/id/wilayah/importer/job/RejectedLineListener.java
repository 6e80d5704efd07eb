package id.wilayah.importer.job;

import id.wilayah.importer.format.RejectedLineException;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records every skipped line (file, line, reason) in the run's validation report. */
@Named
@Dependent
public class RejectedLineListener implements SkipReadListener, SkipProcessListener {
    @Inject
    JobContext jobContext;

    @Override
    public void onSkipReadItem(Exception e) {
        record(e);
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        record(e);
    }

    private void record(Exception e) {
        ImportJob.validation(jobContext).record(((RejectedLineException) e).problem());
    }
}
