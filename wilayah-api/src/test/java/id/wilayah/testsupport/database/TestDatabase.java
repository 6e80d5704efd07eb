package id.wilayah.testsupport.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of the integration tests' MariaDB, as its root user; SQL failures fail the test. {@link #SHARED} is the
 * one the in-container test classes' server uses; a class that runs beside them keeps its servers on one of its own.
 */
public final class TestDatabase {
    public static final TestDatabase SHARED = new TestDatabase("wilayah");

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** A database of its own for a test class, created by the first server that connects to {@link #url()}. */
    public static TestDatabase ofItsOwn(String name) {
        return new TestDatabase("wilayah_" + name.replace('-', '_'));
    }

    /** As a server is pointed at it: created when it does not exist yet. */
    public String url() {
        return "jdbc:mariadb://127.0.0.1:" + System.getProperty("wilayah.it.db.port") + "/" + name
                + "?createDatabaseIfNotExist=true";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "root", "");
    }

    /** The first column of the first row, or null without rows; long group_concat results are not cut off. */
    public String string(String sql) {
        List<String> values = strings(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row. */
    public List<String> strings(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("set session group_concat_max_len = 1000000");
            try (ResultSet rows = statement.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    public long count(String sql) {
        return Long.parseLong(string(sql));
    }
}
