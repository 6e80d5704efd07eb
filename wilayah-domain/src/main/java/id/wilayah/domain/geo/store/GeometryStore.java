package id.wilayah.domain.geo.store;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.GeoPoint;
import id.wilayah.domain.geo.LevelShapes;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.ShapeCodec;
import id.wilayah.domain.region.Level;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The {@code region_geometry} rows of editions, written and read with plain JDBC: one row and blob per region. */
@ApplicationScoped
public class GeometryStore {
    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    /** A writer of one level's shapes in one transaction, so a level is stored whole or not at all. */
    public LevelWriter writer(long editionId, Level level) {
        try {
            return new LevelWriter(dataSource.getConnection(), editionId, level);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the shapes of edition " + editionId, e);
        }
    }

    /** Shapes stored per level; a level without any is absent. */
    public Map<Level, Integer> counts(long editionId) {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select level, count(*) from region_geometry where edition_id = ? group by level")) {
            count.setLong(1, editionId);
            try (ResultSet rs = count.executeQuery()) {
                while (rs.next()) {
                    counts.put(Level.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the shapes of edition " + editionId, e);
        }
    }

    /** The edition's shapes as a read model (empty when it has none), spatial indexes built. */
    public GeoModel load(long editionId) {
        Map<Level, List<RegionShape>> byLevel = new EnumMap<>(Level.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select level, code, interior_lat, interior_lng,"
                     + " shape from region_geometry where edition_id = ?")) {
            select.setLong(1, editionId);
            select.setFetchSize(2000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byLevel.computeIfAbsent(Level.valueOf(rs.getString(1)), level -> new ArrayList<>())
                            .add(new RegionShape(rs.getString(2), ShapeCodec.decode(rs.getBytes(5)),
                                    new GeoPoint(rs.getDouble(3), rs.getDouble(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the shapes of edition " + editionId, e);
        }
        Map<Level, LevelShapes> levels = new EnumMap<>(Level.class);
        byLevel.forEach((level, regions) -> levels.put(level, new LevelShapes(regions)));
        return new GeoModel(levels);
    }

    /** Batched inserts on one connection; closing without {@link #commit()} rolls everything back. */
    public static final class LevelWriter implements AutoCloseable {
        private static final int BATCH = 500;
        private static final String INSERT = "insert into region_geometry (edition_id, level, code, interior_lat,"
                + " interior_lng, point_count, shape) values (?, ?, ?, ?, ?, ?, ?)";

        private final Connection connection;
        private final PreparedStatement insert;
        private final long editionId;
        private final Level level;
        private int pending;
        private int written;

        private LevelWriter(Connection connection, long editionId, Level level) throws SQLException {
            this.connection = connection;
            this.editionId = editionId;
            this.level = level;
            connection.setAutoCommit(false);
            this.insert = connection.prepareStatement(INSERT);
        }

        public void add(RegionShape region) {
            try {
                insert.setLong(1, editionId);
                insert.setString(2, level.name());
                insert.setString(3, region.code());
                insert.setDouble(4, region.interiorPoint().lat());
                insert.setDouble(5, region.interiorPoint().lng());
                insert.setInt(6, region.shape().pointCount());
                insert.setBytes(7, ShapeCodec.encode(region.shape()));
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot store the shapes of edition " + editionId, e);
            }
        }

        /** Commits the level; returns the number of shapes written. */
        public int commit() {
            try {
                flush();
                connection.commit();
                return written;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot store the shapes of edition " + editionId, e);
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                written += pending;
                pending = 0;
            }
        }

        @Override
        public void close() {
            try (connection; insert) {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot end the storing of edition " + editionId + "'s shapes", e);
            }
        }
    }
}
