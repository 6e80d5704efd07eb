package id.wilayah.importer.diff;

import id.wilayah.domain.region.Level;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads a stored edition's codes, parents and names with plain JDBC (a diff touches ~92k rows per edition). */
@ApplicationScoped
public class EditionRowsLoader {
    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    public EditionRows load(long editionId) {
        EditionRows rows = new EditionRows();
        try (Connection connection = dataSource.getConnection()) {
            read(connection, editionId, Level.PROVINCE,
                    "select code, null, name, null from province where edition_id = ?", rows);
            read(connection, editionId, Level.REGENCY,
                    "select code, province_code, name, type from regency where edition_id = ?", rows);
            read(connection, editionId, Level.DISTRICT,
                    "select code, regency_code, name, null from district where edition_id = ?", rows);
            read(connection, editionId, Level.VILLAGE,
                    "select code, district_code, name, null from village where edition_id = ?", rows);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select code, regency_code, name from island where edition_id = ?")) {
                statement.setLong(1, editionId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.addIsland(rs.getString(1), rs.getString(2), rs.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read edition " + editionId + " for a diff", e);
        }
        return rows;
    }

    private static void read(Connection connection, long editionId, Level level, String sql, EditionRows rows)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, editionId);
            statement.setFetchSize(5000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(level, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        }
    }
}
