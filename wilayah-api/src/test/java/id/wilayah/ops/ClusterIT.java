package id.wilayah.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.Corpus;
import id.wilayah.testsupport.EntrypointNode;
import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes, started like the container, share nothing but the MariaDB: what one node changes the other notices by
 * polling (Payara's data grid stays off), and they share each key's rate limit. Also: both listen on loopback only,
 * and a client guessing keys is cut off.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final TestDatabase DATABASE = TestDatabase.ofItsOwn("cluster");
    private static final String SERVING = "kemendagri-2025";
    private static final int GUESSES_PER_MINUTE = 5;
    private static final int SHARED_LIMIT = 60;
    private static final List<String> FILES = List.of("provinces", "regencies", "districts", "villages");
    private static final long SWEEP_SECONDS = 2;

    private static EntrypointNode nodeA;
    private static EntrypointNode nodeB;
    private static WilayahServer a;
    private static WilayahServer b;
    private static String adminKey;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Map<String, String> env = Map.of("WILAYAH_KEYS_FAILED_ATTEMPTS_PER_MINUTE", Integer.toString(GUESSES_PER_MINUTE),
                "WILAYAH_IMPORT_CLEANUP_RETRY_SECONDS", Long.toString(SWEEP_SECONDS));
        // One after the other: on an empty database the first node imports the bundled edition, the second finds it.
        nodeA = EntrypointNode.forIntegrationTests("cluster-a").database(DATABASE.url()).environment(env).start();
        a = nodeA.awaitReady();
        nodeB = EntrypointNode.forIntegrationTests("cluster-b").database(DATABASE.url()).environment(env).start();
        b = nodeB.awaitReady();
        adminKey = TestKeys.adminKey(DATABASE.url());
    }

    @AfterAll
    static void stopNodes() throws InterruptedException {
        try {
            if (a != null && !SERVING.equals(servedEdition(a))) {
                assertEquals(200, post(a, "/api/admin/editions/" + SERVING + "/activate", "application/json", "")
                        .statusCode());
            }
        } finally {
            if (nodeA != null) {
                nodeA.close();
            }
            if (nodeB != null) {
                nodeB.close();
            }
        }
    }

    @Order(1)
    @Test
    void listensOnLoopbackOnly() throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-tlnpH").redirectErrorStream(true).start();
        String sockets = new String(ss.getInputStream().readAllBytes());
        assertEquals(0, ss.waitFor());
        for (long pid : List.of(nodeA.pid(), nodeB.pid())) {
            List<String> own = sockets.lines().filter(line -> line.contains("pid=" + pid + ",")).toList();
            assertFalse(own.isEmpty(), () -> "no listening socket of node " + pid + " in\n" + sockets);
            for (String line : own) {
                String local = line.trim().split("\\s+")[3];
                assertTrue(local.startsWith("127.0.0.1:") || local.startsWith("[::ffff:127.0.0.1]:"),
                        () -> "node " + pid + " listens beyond loopback: " + line);
            }
        }
    }

    @Order(2)
    @Test
    void aKeyRevokedOnOneNodeIsRefusedByTheOtherWithinTwoSeconds() {
        JsonObject issued = createKey("cluster revocation");
        String secret = issued.getString("secret");
        assertEquals(200, b.get("/api/provinsi/32", secret).statusCode(), "B caches the new key's grant");
        assertEquals(200, send(a, HttpRequest.newBuilder(a.base().resolve("/api/admin/keys/" + issued.getInt("id")))
                .header("X-API-Key", adminKey).DELETE()).statusCode());
        Duration took = timeUntil(() -> b.get("/api/provinsi/32", secret).statusCode() == 401, Duration.ofSeconds(2));
        System.out.printf("Revoked on node A, refused by node B after %d ms%n", took.toMillis());
        assertEquals(401, b.get("/api/admin/keys", secret).statusCode(), "every surface refuses it");
    }

    @Order(3)
    @Test
    void aKeyRotatedOutOnOneNodeIsRefusedByTheOtherWhileItsSuccessorWorks() {
        JsonObject issued = createKey("cluster rotation");
        String old = issued.getString("secret");
        assertEquals(200, b.get("/api/kota/3204", old).statusCode());
        HttpResponse<String> rotated = post(a, "/api/admin/keys/" + issued.getInt("id") + "/rotate?graceSeconds=0",
                "application/json", "");
        assertEquals(200, rotated.statusCode(), rotated::body);
        String successor = ((JsonObject) WilayahServer.json(rotated)).getString("secret");
        Duration took = timeUntil(() -> b.get("/api/kota/3204", old).statusCode() == 401, Duration.ofSeconds(2));
        System.out.printf("Rotated out on node A, refused by node B after %d ms%n", took.toMillis());
        assertEquals(200, b.get("/api/kota/3204", successor).statusCode());
    }

    @Order(4)
    @Test
    void anImportStartedOnOneNodeIsVisibleOnTheOtherAndItsActivationServedWithinFiveSeconds() {
        HttpResponse<String> started = a.send(uploadSmallEdition("cluster-small"));
        assertEquals(202, started.statusCode(), started::body);
        long run = ((JsonObject) WilayahServer.json(started)).getJsonNumber("id").longValue();

        HttpResponse<String> seenOnB = b.get("/api/admin/imports/" + run, adminKey);
        assertEquals(200, seenOnB.statusCode(), seenOnB::body);
        timeUntil(() -> "COMPLETED".equals(runStatus(b, run)), Duration.ofMinutes(2));

        assertEquals(200, post(a, "/api/admin/editions/cluster-small/activate", "application/json", "").statusCode());
        Duration took = timeUntil(() -> "cluster-small".equals(servedEdition(b)), Duration.ofSeconds(5));
        System.out.printf("Activated on node A, served by node B after %d ms%n", took.toMillis());
        assertEquals(404, b.get("/api/kota/3578", adminKey).statusCode(), "B answers from the small edition");

        assertEquals(200, post(a, "/api/admin/editions/" + SERVING + "/activate", "application/json", "").statusCode());
        timeUntil(() -> SERVING.equals(servedEdition(b)), Duration.ofSeconds(5));
        assertEquals(200, b.get("/api/kota/3578", adminKey).statusCode());
    }

    @Order(5)
    @Test
    void aClientGuessingKeysIsCutOffAndNoPresentedSecretReachesTheLog() throws IOException {
        String valid = createKey("cluster guessing").getString("secret");
        for (int guess = 1; guess <= GUESSES_PER_MINUTE; guess++) {
            assertEquals(401, a.get("/api/provinsi", "wly_guess-" + guess).statusCode());
        }
        HttpResponse<String> cutOff = a.get("/api/provinsi", "wly_guess-next");
        assertEquals(429, cutOff.statusCode());
        assertTrue(cutOff.body().contains("unknown API keys per minute"), cutOff::body);
        assertTrue(cutOff.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, a.get("/api/provinsi", valid).statusCode(), "a valid key from that address still works");
        assertEquals(401, b.get("/api/provinsi", "wly_guess-other").statusCode(), "the limit is per node and client");

        String logs = Files.readString(nodeA.log()) + Files.readString(nodeB.log());
        for (String secret : List.of(valid, adminKey, "wly_guess-1")) {
            assertFalse(logs.contains(secret), "a presented secret appears in a node's log");
        }
    }

    @Order(6)
    @Test
    void bothNodesTogetherAdmitAKeysLimitWithinTenPercent() {
        timeUntil(() -> liveNodes(a) == 2 && liveNodes(b) == 2, Duration.ofSeconds(30));
        String secret = createKey("cluster shared limit", ",\"rateLimitPerMinute\":" + SHARED_LIMIT)
                .getString("secret");
        int admitted = 0;
        for (int i = 0; i < 2 * SHARED_LIMIT; i++) {
            WilayahServer node = i % 2 == 0 ? a : b;
            int status = node.get("/api/provinsi/32", secret).statusCode();
            if (status == 200) {
                admitted++;
            } else {
                assertEquals(429, status);
            }
        }
        System.out.printf("A key limited to %d a minute: %d of %d requests admitted by two nodes%n", SHARED_LIMIT,
                admitted, 2 * SHARED_LIMIT);
        assertTrue(Math.abs(admitted - SHARED_LIMIT) <= SHARED_LIMIT / 10, "admitted " + admitted);
    }

    /**
     * A third node, played by this test in the cluster's database: while its heartbeat goes on, both nodes leave its
     * import alone; once the heartbeat stops, the import is failed without that node coming back.
     */
    @Order(7)
    @Test
    void anImportOfALiveNodeGoesOnAndOneOfANodeThatDiedIsFailed() throws Exception {
        String elsewhere = "cluster-it-third-node";
        try (Connection db = DATABASE.connect()) {
            beat(db, elsewhere);
            long run = insertRunningImport(db, elsewhere);
            Instant keepBeatingUntil = Instant.now().plusSeconds(4 * SWEEP_SECONDS + 2);
            while (Instant.now().isBefore(keepBeatingUntil)) {
                beat(db, elsewhere);
                Thread.sleep(500);
            }
            assertEquals("RUNNING", runStatus(a, run), "a live node's import was failed");

            Duration took = timeUntil(() -> "FAILED".equals(runStatus(b, run)), Duration.ofSeconds(30));
            System.out.printf("Heartbeat stopped; its import failed after %d ms%n", took.toMillis());
            HttpResponse<String> failed = a.get("/api/admin/imports/" + run, adminKey);
            assertTrue(((JsonObject) WilayahServer.json(failed)).getString("message").contains("stopped"),
                    failed::body);
        } finally {
            try (Connection db = DATABASE.connect();
                 PreparedStatement forget = db.prepareStatement("delete from node_heartbeat where node_id = ?")) {
                forget.setString(1, elsewhere);
                forget.executeUpdate();
            }
        }
    }

    private static void beat(Connection db, String node) throws SQLException {
        try (PreparedStatement beat = db.prepareStatement("insert into node_heartbeat (node_id, beat_at)"
                + " values (?, now(3)) on duplicate key update beat_at = now(3)")) {
            beat.setString(1, node);
            beat.executeUpdate();
        }
    }

    private static long insertRunningImport(Connection db, String node) throws SQLException {
        try (PreparedStatement run = db.prepareStatement("insert into import_run (edition_name, source, status,"
                + " dry_run, started_by, started_at, rows_read, rows_written, expected_rows, error_count, node_id)"
                + " values ('cluster-elsewhere', 'test', 'RUNNING', true, 'test', now(), 0, 0, 100, 0, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            run.setString(1, node);
            run.executeUpdate();
            try (ResultSet keys = run.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** As the node's /metrics reports it. */
    private static int liveNodes(WilayahServer node) {
        String metrics = node.get("/metrics", adminKey).body();
        return metrics.lines().filter(line -> line.startsWith("wilayah_cluster_live_nodes"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .mapToInt(value -> (int) Double.parseDouble(value))
                .findFirst().orElseThrow(() -> new AssertionError("no wilayah_cluster_live_nodes in " + metrics));
    }

    private static JsonObject createKey(String name) {
        return createKey(name, "");
    }

    private static JsonObject createKey(String name, String moreFields) {
        HttpResponse<String> created = post(a, "/api/admin/keys", "application/json",
                "{\"name\":\"" + name + "\"" + moreFields + "}");
        assertEquals(201, created.statusCode(), created::body);
        return (JsonObject) WilayahServer.json(created);
    }

    private static String runStatus(WilayahServer node, long run) {
        HttpResponse<String> response = node.get("/api/admin/imports/" + run, adminKey);
        assertEquals(200, response.statusCode(), response::body);
        return ((JsonObject) WilayahServer.json(response)).getString("status");
    }

    private static String servedEdition(WilayahServer node) {
        HttpResponse<String> ready = node.get("/health/ready", null);
        JsonObject readModel = ((JsonObject) WilayahServer.json(ready)).getJsonArray("checks").stream()
                .map(JsonObject.class::cast).filter(check -> "read-model".equals(check.getString("name")))
                .findFirst().orElseThrow();
        JsonObject data = readModel.getJsonObject("data");
        assertNotNull(data, ready::body);
        return data.getString("edition", null);
    }

    private static HttpRequest uploadSmallEdition(String edition) {
        Multipart form = new Multipart().field("edition", edition).field("dryRun", "true");
        for (String file : FILES) {
            form.file(file, file + ".csv", Corpus.read("valid", file));
        }
        return HttpRequest.newBuilder(a.base().resolve("/api/admin/imports")).header("X-API-Key", adminKey)
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build();
    }

    private static HttpResponse<String> post(WilayahServer node, String path, String contentType, String body) {
        return send(node, HttpRequest.newBuilder(node.base().resolve(path)).header("X-API-Key", adminKey)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(WilayahServer node, HttpRequest.Builder request) {
        return node.send(request.build());
    }

    /** Polls every 50 ms; fails when the condition does not hold within the limit. */
    private static Duration timeUntil(Supplier<Boolean> condition, Duration limit) {
        Instant start = Instant.now();
        while (!condition.get()) {
            if (Duration.between(start, Instant.now()).compareTo(limit) > 0) {
                throw new AssertionError("Not within " + limit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Duration.between(start, Instant.now());
    }
}
