package id.wilayah.importer.job;

import id.wilayah.importer.format.RegionRows;
import id.wilayah.importer.source.FileSizeLimit;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Reads one level's rows: its CSV file, or its rows of the SQL dump. Bad lines are thrown as skippable {@code RejectedLineException}s, so the job records them
 * and reads on; a missing or oversized file is one such rejection for the file as a whole.
 */
@Named
@Dependent
public class RegionCsvReader extends AbstractItemReader {
    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    FileSizeLimit fileSizeLimit;

    private RegionRows reader;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        reader = RegionRows.open(ImportJob.file(stepContext), ImportJob.source(jobContext),
                fileSizeLimit.bytes(), fileSizeLimit.unpackedBytes());
    }

    @Override
    public Object readItem() {
        return reader.next();
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
