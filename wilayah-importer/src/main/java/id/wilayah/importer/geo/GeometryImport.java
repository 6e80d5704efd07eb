package id.wilayah.importer.geo;

import id.wilayah.domain.geo.store.GeometryStore;
import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.FileSizeLimit;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Reads, checks and stores the boundaries an import source carries for an edition whose regions are already written:
 * level by level, Feature by Feature, in batches, so memory holds one batch rather than a file. Each level is stored in
 * one transaction; once a problem is found nothing more is stored (an import job then rejects the whole run).
 */
@ApplicationScoped
public class GeometryImport {
    private static final Logger LOG = Logger.getLogger(GeometryImport.class.getName());
    private static final List<String> TABLES = List.of("province", "regency", "district", "village");

    @Inject
    GeometryStore store;

    @Inject
    FileSizeLimit fileSizeLimit;

    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    /** Returns the number of regions stored; every problem goes to {@code problems}. */
    public int importLevels(long editionId, ImportSource source, Set<Level> levels,
                            Consumer<ValidationProblem> problems) {
        int stored = 0;
        boolean[] failed = {false};
        Consumer<ValidationProblem> recording = problem -> {
            failed[0] = true;
            problems.accept(problem);
        };
        for (RegionFile file : RegionFile.values()) {
            if (!levels.contains(file.level())) {
                continue;
            }
            long started = System.nanoTime();
            try {
                Optional<InputStream> geometry = source.openGeometry(file, fileSizeLimit.unpackedBytes());
                if (geometry.isEmpty()) {
                    continue;
                }
                Set<String> codes = codes(editionId, file.level());
                int count = 0;
                try (InputStream in = geometry.get();
                     GeometryStore.LevelWriter writer = store.writer(editionId, file.level())) {
                    GeometryFileReader.read(file, in, codes::contains, region -> {
                        if (!failed[0]) {
                            writer.add(region);
                        }
                    }, recording);
                    if (!failed[0]) {
                        count = writer.commit();
                    }
                }
                stored += count;
                int level = count;
                LOG.info(() -> String.format("Edition %d: %d %s boundaries read, checked and stored in %d ms",
                        editionId, level, file.level().label(), (System.nanoTime() - started) / 1_000_000));
            } catch (IOException e) {
                recording.accept(new ValidationProblem(GeometryFileReader.fileName(file), 0,
                        "cannot be read: " + e.getMessage()));
            }
        }
        return stored;
    }

    private Set<String> codes(long editionId, Level level) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select code from " + TABLES.get(level.ordinal()) + " where edition_id = ?")) {
            select.setLong(1, editionId);
            Set<String> codes = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot read the codes of edition " + editionId, e));
        }
    }
}
