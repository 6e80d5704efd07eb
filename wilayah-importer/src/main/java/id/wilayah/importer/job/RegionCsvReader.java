package id.wilayah.importer.job;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.source.FileSizeLimit;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Reads one level's file. Bad lines are thrown as skippable {@code RejectedLineException}s, so the job records them
 * and reads on; a missing or oversized file is one such rejection for the file as a whole.
 */
@Named
@Dependent
public class RegionCsvReader extends AbstractItemReader {
    @Inject
    @BatchProperty
    String source;

    @Inject
    @BatchProperty
    String level;

    @Inject
    FileSizeLimit fileSizeLimit;

    private RegionFileReader reader;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        reader = RegionFileReader.open(RegionFile.of(Level.valueOf(level)), ImportSource.of(source),
                fileSizeLimit.bytes());
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
