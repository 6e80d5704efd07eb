package id.wilayah.launcher;

import id.wilayah.testsupport.EmbeddedMariaDb;
import id.wilayah.testsupport.EntrypointNode;
import id.wilayah.testsupport.ServerFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A whole Wilayah on this machine: an embedded MariaDB and the server started through docker/entrypoint.sh, both on
 * loopback, sharing one home directory (database files, Payara's root directory, logs, first-start credentials).
 * Used by the run command, the benchmarks and the load-with-faults run.
 */
public final class LocalWilayah implements AutoCloseable {
    private final EmbeddedMariaDb db;
    private final EntrypointNode server;

    private LocalWilayah(EmbeddedMariaDb db, EntrypointNode server) {
        this.db = db;
        this.server = server;
    }

    /** Starts both servers with the product's JVM options; returns once the script runs (see {@link #awaitReady}). */
    public static LocalWilayah start(ServerFiles files, Path home, int httpPort, int dbPort,
                                     Map<String, String> configuration) throws Exception {
        return start(files, home, httpPort, dbPort, configuration, null);
    }

    /** As {@link #start(ServerFiles, Path, int, int, Map)}, on other JVM options when {@code javaOptions} is set. */
    public static LocalWilayah start(ServerFiles files, Path home, int httpPort, int dbPort,
                                     Map<String, String> configuration, String javaOptions) throws Exception {
        Path data = home.resolve("mariadb-data");
        System.out.println("Starting MariaDB on 127.0.0.1:" + dbPort + " (data in " + data + ")");
        // Payara boots for several seconds before the application first asks for a connection, and the application
        // waits for a database still starting: both start at once.
        CompletableFuture<EmbeddedMariaDb> startingDb = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedMariaDb.start(dbPort, data, home.resolve("mariadb"));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Path log = home.resolve("logs/server.log");
        System.out.println("Starting Payara Micro on 127.0.0.1:" + httpPort + " (log: " + log + ")");
        Map<String, String> environment = new HashMap<>(configuration);
        environment.put("WILAYAH_PUBLIC_URL", "http://127.0.0.1:" + httpPort);
        EntrypointNode server = new EntrypointNode(files, home, httpPort, log)
                .database(EmbeddedMariaDb.jdbcUrl(dbPort, "wilayah"))
                .environment(environment);
        if (javaOptions != null) {
            server.javaOptions(javaOptions);
        }
        server.start();
        try {
            return new LocalWilayah(startingDb.join(), server);
        } catch (CompletionException e) {
            server.close();
            throw e;
        }
    }

    public String baseUrl() {
        return server.base().toString();
    }

    public EmbeddedMariaDb database() {
        return db;
    }

    public long serverPid() {
        return server.pid();
    }

    public void awaitReady() throws Exception {
        server.awaitReady();
    }

    /** The first-start credentials, or empty properties once they are gone. */
    public Properties firstStartCredentials() {
        return server.firstStartCredentials();
    }

    public Path credentialsFile() {
        return server.credentialsFile();
    }

    public void waitForExit() throws InterruptedException {
        server.waitForExit();
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            db.close();
        }
    }
}
