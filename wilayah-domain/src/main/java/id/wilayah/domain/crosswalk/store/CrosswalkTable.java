package id.wilayah.domain.crosswalk.store;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.region.Level;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The tables {@code crosswalk} and {@code crosswalk_link} (changelog 008), read and written with plain JDBC: a
 * crosswalk has tens of thousands of links, written with multi-row inserts in one local transaction, so a crosswalk is
 * stored whole or not at all. Rows go with their editions (foreign keys cascade). Administrators' overrides
 * (changelog 012) are read here too, as the links that replace the computed ones.
 */
@ApplicationScoped
public class CrosswalkTable {
    private static final int ROWS_PER_STATEMENT = 1000;

    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    /**
     * The stored crosswalk of the pair. Its codes are interned: a region keeps its code through most steps of a chain,
     * so the steps kept in memory together share one string per code instead of holding two per link.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Crosswalk> load(EditionInfo source, EditionInfo target) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select l.level, l.from_code, l.to_code,"
                     + " l.match_kind, l.confidence from crosswalk c join crosswalk_link l on l.crosswalk_id = c.id"
                     + " where c.from_edition_id = ? and c.to_edition_id = ? order by l.id")) {
            if (!exists(connection, source, target)) {
                return Optional.empty();
            }
            query.setLong(1, source.id());
            query.setLong(2, target.id());
            query.setFetchSize(5000);
            List<CrosswalkLink> links = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    links.add(new CrosswalkLink(Level.valueOf(rs.getString(1)), rs.getString(2).intern(),
                            rs.getString(3).intern(), MatchKind.ofLabel(rs.getString(4)),
                            rs.getBigDecimal(5).doubleValue()));
                }
            }
            return Optional.of(new Crosswalk(source, target, links));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the crosswalk " + source.name() + " → " + target.name(), e);
        }
    }

    /**
     * The overrides of the pair, as the links each overridden source code gets instead of its computed ones (an empty
     * list for "no counterpart").
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, List<CrosswalkLink>> overrides(EditionInfo source, EditionInfo target) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select level, from_code, to_code from"
                     + " crosswalk_override where from_edition_id = ? and to_edition_id = ? order by id")) {
            query.setLong(1, source.id());
            query.setLong(2, target.id());
            Map<String, List<CrosswalkLink>> replacements = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    List<CrosswalkLink> links = replacements.computeIfAbsent(rs.getString(2), c -> new ArrayList<>());
                    String toCode = rs.getString(3);
                    if (toCode != null) {
                        links.add(CrosswalkLink.manual(Level.valueOf(rs.getString(1)), rs.getString(2), toCode));
                    }
                }
            }
            return replacements;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the overrides of " + source.name() + " → " + target.name(),
                    e);
        }
    }

    /** Stores the crosswalk; returns false when another node or thread stored this pair first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean save(Crosswalk crosswalk) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long id = insertHeader(connection, crosswalk);
                insertLinks(connection, id, crosswalk.links());
                connection.commit();
                return true;
            } catch (SQLIntegrityConstraintViolationException alreadyStored) {
                connection.rollback();
                return false;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the crosswalk " + crosswalk.source().name() + " → "
                    + crosswalk.target().name(), e);
        }
    }

    private static boolean exists(Connection connection, EditionInfo source, EditionInfo target)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from crosswalk where from_edition_id = ? and to_edition_id = ?")) {
            query.setLong(1, source.id());
            query.setLong(2, target.id());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long insertHeader(Connection connection, Crosswalk crosswalk) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into crosswalk (from_edition_id,"
                + " to_edition_id, link_count, computed_at) values (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, crosswalk.source().id());
            insert.setLong(2, crosswalk.target().id());
            insert.setInt(3, crosswalk.links().size());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertLinks(Connection connection, long id, List<CrosswalkLink> links) throws SQLException {
        for (int from = 0; from < links.size(); from += ROWS_PER_STATEMENT) {
            List<CrosswalkLink> slice = links.subList(from, Math.min(links.size(), from + ROWS_PER_STATEMENT));
            String sql = "insert into crosswalk_link (crosswalk_id, level, from_code, to_code, match_kind, confidence)"
                    + " values " + String.join(", ", Collections.nCopies(slice.size(), "(?, ?, ?, ?, ?, ?)"));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 1;
                for (CrosswalkLink link : slice) {
                    insert.setLong(index++, id);
                    insert.setString(index++, link.level().name());
                    insert.setString(index++, link.fromCode());
                    insert.setString(index++, link.toCode());
                    insert.setString(index++, link.kind().label());
                    insert.setBigDecimal(index++, BigDecimal.valueOf(link.confidence()));
                }
                insert.executeUpdate();
            }
        }
    }
}
