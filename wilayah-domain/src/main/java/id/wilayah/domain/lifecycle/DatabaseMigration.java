package id.wilayah.domain.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed transactions, because
 * Liquibase commits itself and Payara enlists the MariaDB data source as XA (XAER_RMFAIL under container ones).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader()), database)) {
                liquibase.update("");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
        LOG.info(() -> "Database schema is up to date (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }
}
