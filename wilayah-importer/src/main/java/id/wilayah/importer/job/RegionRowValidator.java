package id.wilayah.importer.job;

import id.wilayah.importer.format.RegionRow;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Applies the edition's rules to each row; a rejected row is skipped and recorded by {@link RejectedLineListener}. */
@Named
@Dependent
public class RegionRowValidator implements ItemProcessor {
    @Inject
    JobContext jobContext;

    @Override
    public Object processItem(Object item) {
        return ImportJob.validation(jobContext).check((RegionRow) item);
    }
}
