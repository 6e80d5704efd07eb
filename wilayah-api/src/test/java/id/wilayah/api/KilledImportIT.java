package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.EntrypointNode;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A server killed mid-import and restarted, five times in a row, as Payara Micro processes of their own on a database
 * of their own: so the class runs beside the in-container classes (its servers spend most of the time starting), and
 * nothing it imports or kills meets theirs.
 */
class KilledImportIT {
    private static final TestDatabase DATABASE = TestDatabase.ofItsOwn("killed-import");
    private static final String SERVING = "kemendagri-2025";
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CLEANUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int KILLS = 5;
    private static final Random RANDOM = new Random();

    private String adminKey;

    /**
     * Five times in a row: an import is started, the server is killed (SIGKILL) in its villages step and started again
     * on the same home and port, as a crashed container restarts. Every restart becomes ready and serves the active
     * edition, marks the killed run failed and removes its rows. Throughout, MariaDB never holds a prepared XA
     * transaction: one left by a kill between the two commit phases kept its row locks after the kill, and the
     * restart's cleanup waited for them until it failed.
     */
    @Test
    void aServerKilledMidImportRestartsReadyFiveTimesInARow() throws Exception {
        int port = LoopbackPorts.free();
        Long killedRun = null;
        try (PreparedXaWatch xaWatch = new PreparedXaWatch()) {
            for (int start = 1; start <= KILLS + 1; start++) {
                try (EntrypointNode node = EntrypointNode.forIntegrationTests("kill-test", port,
                        "start-" + start + "-console.log").database(DATABASE.url()).start()) {
                    WilayahServer restarted = node.awaitReady();
                    if (adminKey == null) {
                        adminKey = TestKeys.adminKey(DATABASE.url());
                    }
                    if (killedRun != null) {
                        assertKilledRunFailedAndInvisible(restarted, killedRun);
                    }
                    if (start <= KILLS) {
                        killedRun = startImport(restarted, "bps-2018");
                        awaitVillagesStep(restarted, killedRun);
                        Thread.sleep(RANDOM.nextInt(500));
                        node.kill();
                        assertEquals("RUNNING", DATABASE.string("select status from import_run where id = "
                                + killedRun), "the import finished before it could be killed");
                        assertTrue(rowsOf("district", "bps-2018") > 0, "the killed run had written the districts");
                    }
                }
                assertEquals(List.of(), xaWatch.seen(), "prepared XA transactions in MariaDB");
            }
        }
    }

    private long startImport(WilayahServer target, String dataset) {
        HttpResponse<String> started = target.send(HttpRequest.newBuilder(target.base().resolve("/api/admin/imports"))
                .header("X-API-Key", adminKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dataset\":\"" + dataset + "\",\"dryRun\":false}"))
                .build());
        assertEquals(202, started.statusCode(), started::body);
        return ((JsonObject) WilayahServer.json(started)).getJsonNumber("id").longValue();
    }

    /** The restart's cleanup runs in the background, once the active edition serves: it gets a little while. */
    private void assertKilledRunFailedAndInvisible(WilayahServer restarted, long id) throws InterruptedException {
        assertEquals(SERVING, DATABASE.string("select e.name from active_edition a join edition e"
                + " on e.id = a.edition_id"));
        assertEquals(38, ((JsonArray) WilayahServer.json(restarted.get("/api/provinsi", adminKey))).size());
        Instant deadline = Instant.now().plus(CLEANUP_TIMEOUT);
        JsonObject run = (JsonObject) WilayahServer.json(restarted.get("/api/admin/imports/" + id, adminKey));
        while (!"FAILED".equals(run.getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            run = (JsonObject) WilayahServer.json(restarted.get("/api/admin/imports/" + id, adminKey));
        }
        assertEquals("FAILED", run.getString("status"), run::toString);
        assertTrue(run.getString("message").contains("interrupted"), run::toString);
        for (String table : List.of("province", "regency", "district", "village")) {
            assertEquals(0, rowsOf(table, "bps-2018"), table);
        }
        assertEquals("FAILED", DATABASE.string("select status from edition where name = 'bps-2018'"));
        assertEquals(404, restarted.get("/api/provinsi?edition=bps-2018", adminKey).statusCode());
        JsonObject listed = ((JsonArray) WilayahServer.json(restarted.get("/api/editions", adminKey)))
                .getValuesAs(JsonObject.class).stream().filter(edition -> edition.getString("name").equals("bps-2018"))
                .findFirst().orElseThrow();
        assertEquals("FAILED", listed.getString("status"), listed::toString);
        assertFalse(listed.getBoolean("active"));
    }

    private void awaitVillagesStep(WilayahServer target, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = (JsonObject) WilayahServer.json(target.get("/api/admin/imports/" + id, adminKey));
            assertEquals("RUNNING", run.getString("status"), "the import finished before it could be killed");
            boolean villagesStarted = run.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .anyMatch(step -> step.getString("step").equals("villages"));
            if (villagesStarted) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Import run " + id + " never reached the villages step");
    }

    private static long rowsOf(String table, String edition) {
        return DATABASE.count("select count(*) from " + table + " r join edition e on e.id = r.edition_id"
                + " where e.name = '" + edition + "'");
    }

    /** Polls MariaDB's prepared XA transactions from a connection of its own, as often as it can. */
    private static final class PreparedXaWatch implements AutoCloseable {
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread poller = new Thread(this::poll, "prepared-xa-watch");

        PreparedXaWatch() {
            poller.setDaemon(true);
            poller.start();
        }

        private void poll() {
            try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
                while (running.get()) {
                    try (ResultSet rs = statement.executeQuery("XA RECOVER")) {
                        while (rs.next()) {
                            seen.add(rs.getString("data"));
                        }
                    }
                }
            } catch (SQLException e) {
                seen.add("watch failed: " + e);
            }
        }

        List<String> seen() {
            return List.copyOf(seen);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            poller.join(5000);
        }
    }
}
