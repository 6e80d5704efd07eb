package id.wilayah.domain.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed transactions, because
 * Liquibase commits itself, which a connection enlisted in a container transaction may not do.
 * A database still starting is waited for (wilayah.db.startup-wait-seconds), so the server and MariaDB may be started
 * together: by the run command, or by an orchestrator that does not order them. Liquibase's messages and update
 * summary go to the log only, never straight to the console, where they would break JSON logs.
 * Liquibase runs only when the changelog differs from the one last applied ({@link ChangelogFingerprint}): checking
 * an unchanged changelog costs it more than a second of every start.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private static final long RETRY_MILLIS = 250;

    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "wilayah.db.startup-wait-seconds", defaultValue = "60")
    int startupWaitSeconds;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        String fingerprint = ChangelogFingerprint.of(DatabaseMigration.class.getClassLoader(), CHANGELOG);
        try {
            if (fingerprint.equals(storedFingerprint())) {
                LOG.info(() -> "Database schema is up to date: the changelog is the one last applied ("
                        + (System.nanoTime() - started) / 1_000_000 + " ms)");
                return;
            }
            update();
            storeFingerprint(fingerprint);
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
        LOG.info(() -> "Database schema is up to date (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    /** None on a database that Liquibase has not yet brought to the fingerprint's changeset. */
    private String storedFingerprint() throws SQLException, InterruptedException {
        try (Connection connection = firstConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("select fingerprint from changelog_fingerprint where id = 1")) {
                return row.next() ? row.getString(1) : null;
            } catch (SQLSyntaxErrorException noTableYet) {
                return null;
            }
        }
    }

    private void update() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                try (Liquibase liquibase = new Liquibase(CHANGELOG,
                        new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader()), database)) {
                    liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                    liquibase.update("");
                }
            });
        }
    }

    /** Not storing it costs only time: the next start runs Liquibase again and stores it then. */
    private void storeFingerprint(String fingerprint) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(
                        "insert into changelog_fingerprint (id, fingerprint) values (1, ?)"
                                + " on duplicate key update fingerprint = values(fingerprint)")) {
            upsert.setString(1, fingerprint);
            upsert.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not store the changelog's fingerprint; the next start checks the schema", e);
        }
    }

    private Connection firstConnection() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(startupWaitSeconds);
        long nextReport = 0;
        while (true) {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                long now = System.nanoTime();
                if (now > deadline) {
                    throw e;
                }
                if (now > nextReport) {
                    LOG.info(() -> "Waiting for the database: " + e.getMessage());
                    nextReport = now + TimeUnit.SECONDS.toNanos(5);
                }
                Thread.sleep(RETRY_MILLIS);
            }
        }
    }
}
