package id.wilayah.importer.job;

import id.wilayah.importer.format.RegionRow;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts a chunk of rows into the staging edition with a few multi-row statements; the chunk's transaction (managed by the
 * batch runtime) is the only transaction, never one per row.
 */
@Named
@Dependent
public class RegionRowWriter extends AbstractItemWriter {
    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        List<RegionRow> rows = items.stream().map(RegionRow.class::cast).toList();
        try (Connection connection = dataSource.getConnection()) {
            RegionInsert.write(connection, ImportJob.file(stepContext).level(), ImportJob.editionId(jobContext), rows);
        }
    }
}
