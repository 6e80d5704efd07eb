package id.wilayah.importer.job;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionRow;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts a chunk of rows into the staging edition with one JDBC batch; the chunk's transaction (managed by the
 * batch runtime) is the only transaction, never one per row.
 */
@Named
@Dependent
public class RegionRowWriter extends AbstractItemWriter {
    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    @BatchProperty
    String level;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        Level target = Level.valueOf(level);
        long edition = Long.parseLong(editionId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(insertSql(target))) {
            for (Object item : items) {
                bind(insert, edition, (RegionRow) item);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String insertSql(Level level) {
        return switch (level) {
            case PROVINCE -> "insert into province (edition_id, code, name) values (?, ?, ?)";
            case REGENCY -> "insert into regency (edition_id, code, province_code, name, type) values (?, ?, ?, ?, ?)";
            case DISTRICT -> "insert into district (edition_id, code, regency_code, name) values (?, ?, ?, ?)";
            case VILLAGE -> "insert into village (edition_id, code, district_code, name, type, postal_code)"
                    + " values (?, ?, ?, ?, ?, ?)";
        };
    }

    private static void bind(PreparedStatement insert, long edition, RegionRow row) throws SQLException {
        insert.setLong(1, edition);
        insert.setString(2, row.code());
        switch (row.level()) {
            case PROVINCE -> insert.setString(3, row.name());
            case REGENCY -> {
                insert.setString(3, row.parentRef());
                insert.setString(4, row.name());
                insert.setString(5, row.type());
            }
            case DISTRICT -> {
                insert.setString(3, row.parentRef());
                insert.setString(4, row.name());
            }
            case VILLAGE -> {
                insert.setString(3, row.parentRef());
                insert.setString(4, row.name());
                insert.setString(5, row.type());
                insert.setString(6, row.postalCode());
            }
        }
    }
}
