package id.wilayah.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.EmbeddedMariaDb;
import id.wilayah.testsupport.EntrypointNode;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * MariaDB stops and starts again on the same data while the server keeps running: the server serves what it can from
 * memory during the outage (reads of the active edition and of a retained one named by {@code ?edition=}) and
 * recovers by itself afterwards, with no restart of Payara.
 * <p>
 * This class has its own MariaDB (data under target/) and its own server, started like the container: stopping the
 * database that all other IT classes share would need every one of them to tolerate the gap, and a failure here could
 * leave it stopped for the classes after this one. The own database costs the bundled import (about 10 s) on top of
 * the server boot every IT class pays.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseRestartIT {
    private static final String REGION = "/api/kota/3204";
    private static final String NUSANTARA_REGION = "/nusantara/kabupaten/3204";
    /** Retained but not active, so naming it needs the list of ready editions, which must not need the database. */
    private static final String PINNED = "kemendagri-2023";
    private static final Duration IMPORT_DONE_WITHIN = Duration.ofMinutes(3);
    private static final Duration DOWN_NOTICED_WITHIN = Duration.ofSeconds(15);
    /** Each request waiting on the unreachable database holds an HTTP thread that reads from memory could use. */
    private static final Duration PROMPT_REFUSAL = Duration.ofSeconds(2);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(30);
    /** Usage counters are written every 10 s. */
    private static final Duration USAGE_WRITE_ATTEMPTED_WITHIN = Duration.ofSeconds(15);
    private static final Duration USAGE_WRITTEN_WITHIN = Duration.ofSeconds(30);
    private static final String USAGE_WRITE_FAILED = "Key usage counters not written, kept for the next attempt";

    private static EmbeddedMariaDb db;
    private static EntrypointNode node;
    private static WilayahServer server;
    private static String adminKey;
    private static long clientKeyId;
    private static String clientKey;
    private static long clientKeyUses;

    @BeforeAll
    static void startOwnDatabaseAndServer() throws Exception {
        Path home = Path.of(System.getProperty("wilayah.it.home"), "db-restart");
        db = EmbeddedMariaDb.start(LoopbackPorts.free(), home.resolve("mariadb-data"), home.resolve("mariadb"));
        node = EntrypointNode.forIntegrationTests("db-restart").database(db.jdbcUrl("wilayah")).start();
        server = node.awaitReady();
        adminKey = TestKeys.adminKey(db.jdbcUrl("wilayah"));
        // Admin scope: among its reads it pins the staged (dry-run) edition, which read keys cannot see.
        JsonObject created = createKey("db-restart client", "admin");
        clientKeyId = created.getJsonNumber("id").longValue();
        clientKey = created.getString("secret");
        stageRetainedEdition();
    }

    private static void stageRetainedEdition() throws Exception {
        HttpResponse<String> started = admin("POST", "/api/admin/imports",
                "{\"dataset\":\"" + PINNED + "\",\"dryRun\":true}");
        assertEquals(202, started.statusCode(), started.body());
        long run = WilayahServer.json(started).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> done = await(() -> admin("GET", "/api/admin/imports/" + run, null),
                response -> !WilayahServer.json(response).asJsonObject().getString("status").equals("RUNNING"),
                IMPORT_DONE_WITHIN, "the dry-run import of " + PINNED + " to finish");
        assertEquals("COMPLETED", WilayahServer.json(done).asJsonObject().getString("status"), done.body());
    }

    @AfterAll
    static void stopServerAndDatabase() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @Order(1)
    @Test
    void whileMariaDbIsDownKnownKeysReadFromMemoryAndReadinessIsDown() throws Exception {
        assertEquals(200, readWithClientKey().statusCode());
        String firstStartKey = node.firstStartCredentials().getProperty("api.key");
        assertEquals(200, server.get(REGION, firstStartKey).statusCode());
        assertAnsweredByPinnedEdition(readPinnedWithClientKey());

        db.stopKeepingData();
        HttpResponse<String> notReady = await(() -> server.get("/health/ready", null),
                response -> response.statusCode() == 503, DOWN_NOTICED_WITHIN,
                "/health/ready 503 after MariaDB stopped");
        assertEquals("DOWN", databaseCheck(notReady).getString("status"), notReady.body());

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> read = readWithClientKey();
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("KABUPATEN BANDUNG"), read.body());
        }
        assertEquals(200, server.get("/api/provinsi/32", firstStartKey).statusCode());
        for (int i = 0; i < 3; i++) {
            assertAnsweredByPinnedEdition(readPinnedWithClientKey());
        }
        // The outage lasts until a usage write has failed, so the last test sees counts that had to be kept.
        await(() -> Files.readString(node.log()), log -> log.contains(USAGE_WRITE_FAILED),
                USAGE_WRITE_ATTEMPTED_WITHIN, "the server log says usage counters were kept for the next attempt");
    }

    @Order(2)
    @Test
    void whileMariaDbIsDownANeverSeenKeyIsAskedToRetryLaterAtOnceOnBothSurfaces() {
        assertRetryLaterAtOnce(() -> server.get(REGION, "wly_never-seen-before-0123456789abcdef"));
        assertRetryLaterAtOnce(() -> server.get(NUSANTARA_REGION, "wly_never-seen-before-fedcba9876543210"));
    }

    @Order(3)
    @Test
    void whileMariaDbIsDownAdminCallsAreAskedToRetryLaterAtOnce() {
        assertRetryLaterAtOnce(() -> admin("GET", "/api/admin/keys", null));
    }

    /** The names of ready editions are kept in memory, so an unknown one is refused without the database. */
    @Order(4)
    @Test
    void whileMariaDbIsDownAnUnknownEditionIsNotFoundOnBothSurfaces() {
        String firstStartKey = node.firstStartCredentials().getProperty("api.key");
        for (String path : new String[] {REGION, NUSANTARA_REGION}) {
            HttpResponse<String> response = server.get(path + "?edition=no-such-edition", firstStartKey);
            assertEquals(404, response.statusCode(), response.body());
            assertTrue(response.body().contains("no-such-edition"), response.body());
        }
    }

    @Order(5)
    @Test
    void afterMariaDbIsBackReadinessIsUpAndNewKeysWorkWithoutARestart() throws Exception {
        db.startAgain();
        HttpResponse<String> ready = await(() -> server.get("/health/ready", null),
                response -> response.statusCode() == 200, RECOVERED_WITHIN,
                "/health/ready 200 after MariaDB restarted");
        assertEquals("UP", databaseCheck(ready).getString("status"), ready.body());

        JsonObject created = createKey("created after the outage", "read");
        HttpResponse<String> read = server.get(REGION, created.getString("secret"));
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("KABUPATEN BANDUNG"), read.body());
    }

    @Order(6)
    @Test
    void requestsCountedDuringTheOutageAreNotLost() throws Exception {
        long expected = clientKeyUses;
        await(DatabaseRestartIT::clientKeyRequestCount, count -> count == expected, USAGE_WRITTEN_WITHIN,
                "request count " + expected + " of the client key (every read with it before and during the outage)");
    }

    /**
     * A 503 with Retry-After in the shape of the request's surface (problem+json, or /nusantara's statusCode and
     * message), not a 500 and not after waiting on the database.
     */
    private static void assertRetryLaterAtOnce(Supplier<HttpResponse<String>> request) {
        Instant sent = Instant.now();
        HttpResponse<String> response = request.get();
        Duration waited = Duration.between(sent, Instant.now());
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(waited.compareTo(PROMPT_REFUSAL) < 0, "the 503 took " + waited);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonObject body = WilayahServer.json(response).asJsonObject();
        if (response.uri().getPath().startsWith("/nusantara/")) {
            assertTrue(contentType.startsWith("application/json"), response.headers().toString());
            assertEquals(503, body.getInt("statusCode"), response.body());
            assertFalse(body.getString("message").isBlank(), response.body());
        } else {
            assertTrue(contentType.startsWith("application/problem+json"), response.headers().toString());
            assertEquals(503, body.getInt("status"), response.body());
            assertEquals("urn:wilayah:problem:unavailable", body.getString("type"), response.body());
        }
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    private static void assertAnsweredByPinnedEdition(HttpResponse<String> read) {
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(PINNED, read.headers().firstValue("X-Wilayah-Edition").orElse(""), read.headers().toString());
    }

    private static HttpResponse<String> readPinnedWithClientKey() {
        HttpResponse<String> response = server.get(REGION + "?edition=" + PINNED, clientKey);
        clientKeyUses++;
        return response;
    }

    private static HttpResponse<String> readWithClientKey() {
        HttpResponse<String> response = server.get(REGION, clientKey);
        clientKeyUses++;
        return response;
    }

    private static long clientKeyRequestCount() {
        HttpResponse<String> key = admin("GET", "/api/admin/keys/" + clientKeyId, null);
        assertEquals(200, key.statusCode(), key.body());
        return WilayahServer.json(key).asJsonObject().getJsonNumber("requestCount").longValue();
    }

    private static JsonObject createKey(String name, String scope) {
        HttpResponse<String> created = admin("POST", "/api/admin/keys",
                "{\"name\":\"" + name + "\",\"scope\":\"" + scope + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return WilayahServer.json(created).asJsonObject();
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path)).header("X-API-Key", adminKey);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return server.send(request.build());
    }

    private static JsonObject databaseCheck(HttpResponse<String> health) {
        Optional<JsonObject> check = WilayahServer.json(health).asJsonObject().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject).filter(each -> "database".equals(each.getString("name"))).findFirst();
        return check.orElseThrow(() -> new AssertionError("no database check in " + health.body()));
    }

    /** Polls until the value satisfies the condition; fails with the last value when the time is up. */
    private static <T> T await(Poll<T> poll, Predicate<T> condition, Duration within, String what)
            throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(within);
        T last = poll.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + within + ": " + what + "; last seen: " + describe(last));
            }
            Thread.sleep(250);
            last = poll.get();
        }
        return last;
    }

    private static String describe(Object value) {
        if (value instanceof HttpResponse<?> response) {
            return response.statusCode() + " " + response.body();
        }
        String text = String.valueOf(value);
        return text.length() > 500 ? "…" + text.substring(text.length() - 500) : text;
    }

    @FunctionalInterface
    private interface Poll<T> {
        T get() throws IOException;
    }
}
