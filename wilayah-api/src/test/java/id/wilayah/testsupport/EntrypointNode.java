package id.wilayah.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One Wilayah node started the way the container starts it (docker/entrypoint.sh), on loopback, against the
 * integration tests' MariaDB. Stops only the process it started.
 */
public final class EntrypointNode implements AutoCloseable {
    private static final String CREDENTIALS = "first-start-credentials.properties";
    private final String name;
    private final Path home;
    private final int port;
    private Process process;

    /** Each node has its own home, so its Payara root collides with no other server's. */
    public EntrypointNode(String name) throws IOException {
        this.name = name;
        this.home = Path.of(System.getProperty("wilayah.it.home"), name);
        this.port = LoopbackPorts.free();
    }

    /** Starts the node with extra environment (configuration keys as environment variables); does not wait. */
    public EntrypointNode start(Map<String, String> extraEnvironment) throws IOException {
        Files.createDirectories(home);
        ProcessBuilder builder = script(Path.of(System.getProperty("wilayah.it.war")).getParent(), home, port, log());
        Map<String, String> env = builder.environment();
        // Started once and stopped: writing a class-data archive at exit would only lengthen the stop.
        env.put("JAVA_OPTS", "-Xms128m -Xmx512m -XX:+UseSerialGC -Xshare:off");
        env.putAll(extraEnvironment);
        process = builder.start();
        return this;
    }

    /**
     * docker/entrypoint.sh as the image runs it, with the WAR and Payara jar found in {@code appDir}, listening on
     * 127.0.0.1, against the integration tests' MariaDB, its console output written to {@code console}.
     */
    public static ProcessBuilder script(Path appDir, Path home, int port, Path console) {
        ProcessBuilder builder = new ProcessBuilder(Path.of("..", "docker", "entrypoint.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        Map<String, String> env = builder.environment();
        env.put("WILAYAH_APP_DIR", appDir.toString());
        env.put("WILAYAH_HOME", home.toString());
        env.put("WILAYAH_BIND_ADDRESS", "127.0.0.1");
        env.put("WILAYAH_HTTP_PORT", Integer.toString(port));
        env.put("WILAYAH_DB_URL", "jdbc:mariadb://127.0.0.1:" + System.getProperty("wilayah.it.db.port")
                + "/wilayah?createDatabaseIfNotExist=true");
        env.put("WILAYAH_DB_USER", "root");
        env.put("WILAYAH_DB_PASSWORD", "");
        return builder;
    }

    public WilayahServer awaitReady() throws IOException, InterruptedException {
        return new WilayahServer(URI.create("http://127.0.0.1:" + port).toURL()).awaitReady();
    }

    /**
     * When this node made the database's first start, later test classes expect its credentials in the shared home.
     */
    public void shareFirstStartCredentials() throws IOException {
        Path own = home.resolve(CREDENTIALS);
        Path shared = home.getParent().resolve(CREDENTIALS);
        if (Files.exists(own) && !Files.exists(shared)) {
            Files.copy(own, shared);
        }
    }

    /** The first-start key and password this node wrote when it made its database's first start. */
    public Properties ownFirstStartCredentials() {
        return PropertiesFiles.read(home.resolve(CREDENTIALS));
    }

    /** The java process itself: the entrypoint script replaces its shell with it (exec). */
    public long pid() {
        return process.pid();
    }

    public Path log() {
        return home.resolve(name + "-console.log");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
