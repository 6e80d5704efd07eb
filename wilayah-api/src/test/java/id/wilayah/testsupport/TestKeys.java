package id.wilayah.testsupport;

import id.wilayah.domain.apikey.KeyHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keys made straight in the test database, for tests that need a scope the first start does not hand out (admin).
 * Works because integration tests and the server share the MariaDB started by {@link MariaDbForIntegrationTests}.
 */
public final class TestKeys {
    private TestKeys() {
    }

    public static String create(String name, String scope) {
        return insert(name, scope, null, null);
    }

    /** A key whose expiry has passed. */
    public static String expired(String name) {
        return insert(name, "ADMIN", Instant.now().minusSeconds(60), null);
    }

    /** A key revoked a minute ago. */
    public static String revoked(String name) {
        return insert(name, "ADMIN", null, Instant.now().minusSeconds(60));
    }

    /** An admin-scope key in the database at this JDBC URL (a server other than the integration tests' one). */
    public static String adminKey(String databaseUrl) {
        return insert(databaseUrl, "load admin key", "ADMIN", null, null);
    }

    /** A read key that speaks BPS codes, in the database at this JDBC URL. */
    public static String bpsKey(String databaseUrl) {
        return insert(databaseUrl, "bps read key", "READ", "BPS", null, null);
    }

    private static String insert(String name, String scope, Instant expiresAt, Instant revokedAt) {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("wilayah.it.db.port") + "/wilayah";
        return insert(url, name, scope, expiresAt, revokedAt);
    }

    private static String insert(String url, String name, String scope, Instant expiresAt, Instant revokedAt) {
        return insert(url, name, scope, "KEMENDAGRI", expiresAt, revokedAt);
    }

    private static String insert(String url, String name, String scope, String codeSystem, Instant expiresAt,
                                 Instant revokedAt) {
        String secret = KeyHasher.newSecret();
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into api_key (name, prefix, key_hash, scope, created_at, created_by, request_count,"
                             + " expires_at, revoked_at, code_system) values (?, ?, ?, ?, ?, 'test', 0, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, KeyHasher.prefixOf(secret));
            insert.setString(3, KeyHasher.hash(secret));
            insert.setString(4, scope);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.setTimestamp(6, expiresAt == null ? null : Timestamp.from(expiresAt));
            insert.setTimestamp(7, revokedAt == null ? null : Timestamp.from(revokedAt));
            insert.setString(8, codeSystem);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test key " + name, e);
        }
        return secret;
    }

    public static String adminKey() {
        return create("test admin key", "ADMIN");
    }
}
