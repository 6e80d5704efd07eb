package id.wilayah.launcher;

import id.wilayah.testsupport.EmbeddedMariaDb;
import id.wilayah.testsupport.PropertiesFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A whole Wilayah on this machine: an embedded MariaDB and Payara Micro with the WAR, both on loopback, sharing one
 * home directory (database files, Payara's runtime directory, logs, first-start credentials). Used by the run command
 * and the benchmark.
 */
public final class LocalWilayah implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** The product's JVM settings, the same as docker/entrypoint.sh's (the reasons are written there). */
    public static final List<String> JVM_OPTIONS = List.of("-Xms768m", "-Xmx768m", "-XX:+UseParallelGC");

    private final EmbeddedMariaDb db;
    private final Process payara;
    private final PayaraRootDir rootDir;
    private final Path home;
    private final Path log;
    private final String baseUrl;

    private LocalWilayah(EmbeddedMariaDb db, Process payara, PayaraRootDir rootDir, Path home, Path log,
                         int httpPort) {
        this.db = db;
        this.payara = payara;
        this.rootDir = rootDir;
        this.home = home;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + httpPort;
    }

    /** Starts both servers; returns once Payara's process runs (see {@link #awaitReady}). */
    public static LocalWilayah start(ServerFiles files, Path home, int httpPort, int dbPort) throws Exception {
        return start(files, home, httpPort, dbPort, Map.of());
    }

    /** As {@link #start(ServerFiles, Path, int, int)}, with extra configuration for the server's environment. */
    public static LocalWilayah start(ServerFiles files, Path home, int httpPort, int dbPort,
                                     Map<String, String> configuration) throws Exception {
        return start(files, home, httpPort, dbPort, configuration, JVM_OPTIONS);
    }

    /** As {@link #start(ServerFiles, Path, int, int, Map)}, on other JVM settings than the product's. */
    public static LocalWilayah start(ServerFiles files, Path home, int httpPort, int dbPort,
                                     Map<String, String> configuration, List<String> jvmOptions) throws Exception {
        Files.createDirectories(home.resolve("logs"));
        System.out.println("Starting MariaDB on 127.0.0.1:" + dbPort + " (data in " + home.resolve("mariadb-data") + ")");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dbPort, home.resolve("mariadb-data"), home.resolve("mariadb"));
        Path log = home.resolve("logs/server.log");
        System.out.println("Starting Payara Micro on 127.0.0.1:" + httpPort + " (log: " + log + ")");
        PayaraRootDir rootDir = PayaraRootDir.prepare(home.resolve("payara"), files.war(), files.microJar(),
                jvmOptions);
        Process payara = startPayara(files, rootDir, home, httpPort, db.jdbcUrl("wilayah"), log, configuration,
                jvmOptions);
        return new LocalWilayah(db, payara, rootDir, home, log, httpPort);
    }

    private static Process startPayara(ServerFiles files, PayaraRootDir rootDir, Path home, int httpPort,
                                       String dbUrl, Path log, Map<String, String> configuration,
                                       List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(rootDir.classDataSharingOptions());
        command.addAll(List.of(
                // Payara's embedded H2 (batch job repository) would otherwise serve on all interfaces.
                "-Dh2.bindAddress=127.0.0.1",
                "-jar", rootDir.launcher().toString(),
                "--nocluster",
                "--port", Integer.toString(httpPort),
                "--prebootcommandfile", files.preboot().toString(),
                "--rootdir", rootDir.root().toString()));
        command.addAll(rootDir.deployArguments(files.war()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("WILAYAH_DB_URL", dbUrl);
        environment.put("WILAYAH_DB_USER", "root");
        environment.put("WILAYAH_HOME", home.toString());
        environment.put("WILAYAH_PUBLIC_URL", "http://127.0.0.1:" + httpPort);
        environment.putAll(configuration);
        return builder.start();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public EmbeddedMariaDb database() {
        return db;
    }

    public long serverPid() {
        return payara.pid();
    }

    public void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        boolean announcedLoading = false;
        while (System.nanoTime() < deadline) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    rootDir.markDeployed();
                    return;
                }
                if (!announcedLoading) {
                    System.out.println("Server is up; loading region data (the first start imports the bundled"
                            + " 2025 dataset)...");
                    announcedLoading = true;
                }
            } catch (IOException notListeningYet) {
                // Payara is still booting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** The first-start credentials, or empty properties once they are gone. */
    public Properties firstStartCredentials() {
        Path file = credentialsFile();
        return Files.exists(file) ? PropertiesFiles.read(file) : new Properties();
    }

    public Path credentialsFile() {
        return home.resolve("first-start-credentials.properties");
    }

    public void waitForExit() throws InterruptedException {
        payara.waitFor();
    }

    @Override
    public void close() throws Exception {
        payara.destroy();
        payara.waitFor();
        db.close();
    }

    /** The WAR, the Payara Micro jar and the pre-boot command file the build produced. */
    public record ServerFiles(Path war, Path microJar, Path preboot) {
        public static ServerFiles fromArgs(String[] args) {
            return new ServerFiles(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        }
    }
}
