package id.wilayah.importer.diff;

import id.wilayah.domain.region.Level;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Counts the boundary changes between two editions per level, in MariaDB, code by code: the stored shapes of a code
 * are compared byte for byte. The stored encoding ({@code ShapeCodec}) is canonical, fixed-point coordinates in
 * order, so a shape counts as changed when any point moved by the encoding's resolution, or a point, ring or part was
 * added or dropped; no tolerance and no hash collision to reason about. Nothing but counts
 * leaves the database, and the join runs on the primary key, so this costs a scan of both editions' rows rather than
 * decoding any shape.
 */
@ApplicationScoped
public class GeometryComparison {
    private static final String BOTH = "select a.level, sum(a.shape <> b.shape), sum(a.shape = b.shape)"
            + " from region_geometry a join region_geometry b on b.edition_id = ? and b.level = a.level"
            + " and b.code = a.code where a.edition_id = ? group by a.level";
    private static final String ONLY_IN_FIRST = "select a.level, count(*) from region_geometry a"
            + " left join region_geometry b on b.edition_id = ? and b.level = a.level and b.code = a.code"
            + " where a.edition_id = ? and b.code is null group by a.level";

    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    /** A level without a boundary in either edition is absent. */
    public Map<Level, EditionDiff.GeometryChanges> between(long fromId, long toId) {
        Map<Level, int[]> counts = new EnumMap<>(Level.class);
        try (Connection connection = dataSource.getConnection()) {
            query(connection, BOTH, toId, fromId, (level, rs) -> {
                level[2] = rs.getInt(2);
                level[3] = rs.getInt(3);
            }, counts);
            query(connection, ONLY_IN_FIRST, fromId, toId, (level, rs) -> level[0] = rs.getInt(2), counts);
            query(connection, ONLY_IN_FIRST, toId, fromId, (level, rs) -> level[1] = rs.getInt(2), counts);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compare the boundaries of editions " + fromId + " and " + toId,
                    e);
        }
        Map<Level, EditionDiff.GeometryChanges> changes = new EnumMap<>(Level.class);
        counts.forEach((level, c) -> changes.put(level, new EditionDiff.GeometryChanges(c[0], c[1], c[2], c[3])));
        return changes;
    }

    private static void query(Connection connection, String sql, long otherId, long editionId, RowReader reader,
                              Map<Level, int[]> counts) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, otherId);
            statement.setLong(2, editionId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(counts.computeIfAbsent(Level.valueOf(rs.getString(1)), l -> new int[4]), rs);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(int[] levelCounts, ResultSet rs) throws SQLException;
    }
}
