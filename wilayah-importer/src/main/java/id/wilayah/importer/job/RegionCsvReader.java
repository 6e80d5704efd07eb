package id.wilayah.importer.job;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.BundledDataset;
import id.wilayah.importer.format.NativeCsvReader;
import id.wilayah.importer.format.RegionFile;
import id.wilayah.importer.format.RegionRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;

/** Reads one level's file; the checkpoint is the number of rows already handed out, so a restart skips them. */
@Named
@Dependent
public class RegionCsvReader extends AbstractItemReader {
    @Inject
    @BatchProperty
    String dataset;

    @Inject
    @BatchProperty
    String level;

    private NativeCsvReader reader;
    private long rowsRead;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        RegionFile file = RegionFile.of(Level.valueOf(level));
        reader = new NativeCsvReader(file, BundledDataset.named(dataset).open(file));
        long skip = checkpoint == null ? 0 : (Long) checkpoint;
        while (rowsRead < skip && reader.next() != null) {
            rowsRead++;
        }
    }

    @Override
    public RegionRow readItem() {
        RegionRow row = reader.next();
        if (row != null) {
            rowsRead++;
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return rowsRead;
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
