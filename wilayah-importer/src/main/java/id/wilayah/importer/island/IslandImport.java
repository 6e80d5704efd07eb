package id.wilayah.importer.island;

import id.wilayah.domain.edition.Edition;
import id.wilayah.importer.diff.EditionDiffCache;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.FileSizeLimit;
import id.wilayah.importer.source.ImportSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Reads, checks and stores the islands file an import source carries, for an edition whose regions are written: the
 * whole file is checked first and stored in one transaction only when no line has a problem.
 */
@ApplicationScoped
public class IslandImport {
    private static final Logger LOG = Logger.getLogger(IslandImport.class.getName());
    private static final int ROWS_PER_STATEMENT = 1000;

    @Inject
    FileSizeLimit fileSizeLimit;

    @Inject
    EditionDiffCache diffs;

    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    /** Returns the number of islands stored (0 when the source has none); every problem goes to {@code problems}. */
    public int importIslands(long editionId, ImportSource source, Consumer<ValidationProblem> problems) {
        long started = System.nanoTime();
        boolean[] failed = {false};
        Consumer<ValidationProblem> recording = problem -> {
            failed[0] = true;
            problems.accept(problem);
        };
        try {
            Optional<InputStream> file = source.openIslands(fileSizeLimit.bytes());
            if (file.isEmpty()) {
                return 0;
            }
            List<IslandRow> rows;
            try (InputStream in = file.get()) {
                rows = new IslandFileReader(codes(editionId, "province")::contains,
                        codes(editionId, "regency")::contains, recording).read(in);
            }
            if (failed[0]) {
                return 0;
            }
            store(editionId, rows);
            LOG.info(() -> String.format("Edition %d: %d islands read, checked and stored in %d ms", editionId,
                    rows.size(), (System.nanoTime() - started) / 1_000_000));
            return rows.size();
        } catch (IOException e) {
            recording.accept(new ValidationProblem(IslandFileReader.FILE_NAME, 0, "cannot be read: " + e.getMessage()));
            return 0;
        }
    }

    /**
     * Stores the bundled islands of an edition imported from a bundled dataset before that dataset had islands, so an
     * installation that upgrades gets them without importing the edition again. Problems are logged, nothing stored.
     */
    public void completeIfMissing(Edition edition) {
        if (!BundledDataset.imported(edition.getName(), edition.getSource()) || count(edition.getId()) > 0) {
            return;
        }
        List<ValidationProblem> problems = new ArrayList<>();
        int stored = importIslands(edition.getId(), BundledDataset.named(edition.getName()), problems::add);
        if (!problems.isEmpty()) {
            LOG.severe(() -> "The bundled islands of " + edition.getName() + " were not stored: " + problems);
        } else if (stored > 0) {
            // Besides a boundary level stored late, the only time a ready edition changes: diffs counted before are
            // stale.
            diffs.forget(edition.getId());
            LOG.info(() -> "Stored the " + stored + " bundled islands of " + edition.getName()
                    + ", imported before the dataset had islands");
        }
    }

    private int count(long editionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from island where edition_id = ?")) {
            count.setLong(1, editionId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the islands of edition " + editionId, e);
        }
    }

    private void store(long editionId, List<IslandRow> rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                    insert(connection, editionId, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the islands of edition " + editionId, e);
        }
    }

    private static void insert(Connection connection, long editionId, List<IslandRow> rows) throws SQLException {
        String tuple = "(?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement("insert into island (edition_id, code,"
                + " regency_code, name, lat, lng, populated, outermost) values "
                + String.join(", ", Collections.nCopies(rows.size(), tuple)))) {
            int index = 1;
            for (IslandRow row : rows) {
                insert.setLong(index++, editionId);
                insert.setString(index++, row.code());
                insert.setString(index++, row.regencyCode());
                insert.setString(index++, row.name());
                insert.setObject(index++, row.lat(), Types.DOUBLE);
                insert.setObject(index++, row.lng(), Types.DOUBLE);
                insert.setObject(index++, row.populated(), Types.BOOLEAN);
                insert.setBoolean(index++, row.outermost());
            }
            insert.executeUpdate();
        }
    }

    private Set<String> codes(long editionId, String table) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select code from " + table + " where edition_id = ?")) {
            select.setLong(1, editionId);
            Set<String> codes = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the " + table + " codes of edition " + editionId, e);
        }
    }
}
