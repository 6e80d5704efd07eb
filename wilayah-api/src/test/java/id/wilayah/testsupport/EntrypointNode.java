package id.wilayah.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One Wilayah server started the way the container starts it, through docker/entrypoint.sh, listening on 127.0.0.1,
 * its console written to a file. Outside Arquillian, tests and tools start Payara Micro only through this class, so
 * they all boot what the image boots, with the same kept root directory and class-data archive. Stops only the
 * process it started.
 */
public final class EntrypointNode implements AutoCloseable {
    /** compose.yaml's stop_grace_period: the first run of a root directory writes its class-data archive at exit. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    /** A first start on an empty database imports the national dataset, on a machine busy with other builds. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final String CREDENTIALS = "first-start-credentials.properties";
    /** Started once and stopped: writing a class-data archive at exit would only lengthen the stop. */
    private static final String SHORT_LIVED_JAVA_OPTIONS = "-Xms128m -Xmx512m -XX:+UseSerialGC -Xshare:off";

    private final ProcessBuilder builder;
    private final Path home;
    private final Path console;
    private final URI base;
    private Process process;

    public EntrypointNode(ServerFiles files, Path home, int port, Path console) {
        this.home = home;
        this.console = console;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.builder = new ProcessBuilder("sh", files.entrypoint().toString())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        Map<String, String> env = builder.environment();
        env.remove("JAVA_OPTS");
        // The script runs the java on its PATH: make that the JDK this JVM runs on.
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.get("PATH"));
        env.put("WILAYAH_APP_DIR", files.appDir().toString());
        env.put("WILAYAH_HOME", home.toString());
        env.put("WILAYAH_BIND_ADDRESS", "127.0.0.1");
        env.put("WILAYAH_HTTP_PORT", Integer.toString(port));
        env.put("WILAYAH_DB_USER", "root");
        env.put("WILAYAH_DB_PASSWORD", "");
    }

    /** A short-lived node of the integration tests: its own home under theirs, a free port, their MariaDB. */
    public static EntrypointNode forIntegrationTests(String name) throws IOException {
        return forIntegrationTests(name, LoopbackPorts.free(), name + "-console.log");
    }

    /**
     * As {@link #forIntegrationTests(String)}, on a given port: started again with the same name and port, a node
     * boots the root directory and deployment its predecessor left in the home, as a restarted container does.
     */
    public static EntrypointNode forIntegrationTests(String name, int port, String consoleName) {
        Path home = Path.of(System.getProperty("wilayah.it.home"), name);
        return new EntrypointNode(ServerFiles.fromSystemProperties(), home, port, home.resolve(consoleName))
                .database(integrationTestDatabase())
                .javaOptions(SHORT_LIVED_JAVA_OPTIONS);
    }

    public static String integrationTestDatabase() {
        return "jdbc:mariadb://127.0.0.1:" + System.getProperty("wilayah.it.db.port")
                + "/wilayah?createDatabaseIfNotExist=true";
    }

    public EntrypointNode database(String jdbcUrl) {
        builder.environment().put("WILAYAH_DB_URL", jdbcUrl);
        return this;
    }

    /** Instead of the product's JVM options, which the script sets when none are given. */
    public EntrypointNode javaOptions(String options) {
        builder.environment().put("JAVA_OPTS", options);
        return this;
    }

    /** Configuration keys as environment variables. */
    public EntrypointNode environment(Map<String, String> variables) {
        builder.environment().putAll(variables);
        return this;
    }

    /** Starts the script; does not wait for the server (see {@link #awaitReady}). */
    public EntrypointNode start() throws IOException {
        Files.createDirectories(home);
        Files.createDirectories(console.toAbsolutePath().getParent());
        process = builder.start();
        return this;
    }

    /** Waits until the server serves the API; fails as soon as its process has exited. */
    public WilayahServer awaitReady() throws IOException, InterruptedException {
        return new WilayahServer(base.toURL()).awaitReady(READY_TIMEOUT, process::isAlive,
                "its console: " + console);
    }

    public URI base() {
        return base;
    }

    /** The java process itself: the script replaces its shell with it (exec). */
    public long pid() {
        return process.pid();
    }

    public Path home() {
        return home;
    }

    public Path log() {
        return console;
    }

    /** The first-start key and password this node wrote when it made its database's first start, else none. */
    public Properties firstStartCredentials() {
        Path file = credentialsFile();
        return Files.exists(file) ? PropertiesFiles.read(file) : new Properties();
    }

    public Path credentialsFile() {
        return home.resolve(CREDENTIALS);
    }

    public int waitForExit() throws InterruptedException {
        return process.waitFor();
    }

    /** Kills the server without any chance to clean up, as a crash or power loss would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as docker stop sends it, then SIGKILL after compose's grace period. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
