package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Codes through time (issue 25, items 2 and 3) on what a default install has: kemendagri-2025 active and the bundled
 * kemendagri-2023 staged as a dry run, as the first start stages it (the suite's server stages nothing, so this test
 * stages it itself and removes it afterwards unless another test had imported it). Kota Sorong was 9271 in Papua Barat
 * until Papua Barat Daya was created, and is 9671 since.
 */
class HistoryIT extends DeployedWar {
    private static final String OLDER = "kemendagri-2023";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);
    private static boolean stagedHere;
    private static boolean checked;

    private String key;

    @BeforeEach
    void stageTheOlderEdition() throws InterruptedException {
        key = server.initialApiKey();
        if (checked) {
            return;
        }
        checked = true;
        String admin = TestKeys.adminKey();
        if (server.get("/api/provinsi?edition=" + OLDER, admin).statusCode() == 200) {
            return;
        }
        HttpResponse<String> started = server.send(HttpRequest.newBuilder(server.base().resolve("/api/admin/imports"))
                .header("X-API-Key", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dataset\":\"" + OLDER + "\",\"dryRun\":true}"))
                .build());
        assertEquals(202, started.statusCode(), started::body);
        stagedHere = true;
        long id = ((JsonObject) WilayahServer.json(started)).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(IMPORT_TIMEOUT);
        JsonObject run = (JsonObject) WilayahServer.json(server.get("/api/admin/imports/" + id, admin));
        while ("RUNNING".equals(run.getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            run = (JsonObject) WilayahServer.json(server.get("/api/admin/imports/" + id, admin));
        }
        assertEquals("COMPLETED", run.getString("status"), run::toString);
        System.out.printf("Staged %s (%d rows) in %d ms%n", OLDER, run.getJsonNumber("rowsWritten").longValue(),
                run.getJsonNumber("elapsedMillis").longValue());
    }

    @AfterAll
    static void removeWhatWasStagedHere() throws SQLException {
        if (!stagedHere) {
            return;
        }
        try (Connection db = TestDatabase.SHARED.connect(); Statement delete = db.createStatement()) {
            long id;
            try (ResultSet found = delete.executeQuery("select id from edition where name = '" + OLDER + "'")) {
                if (!found.next()) {
                    return;
                }
                id = found.getLong(1);
            }
            delete.executeUpdate("delete from crosswalk where from_edition_id = " + id + " or to_edition_id = " + id);
            delete.executeUpdate("delete from crosswalk_override where from_edition_id = " + id
                    + " or to_edition_id = " + id);
            for (String table : List.of("island", "region_geometry", "village", "district", "regency", "province",
                    "import_run")) {
                delete.executeUpdate("delete from " + table + " where edition_id = " + id);
            }
            delete.executeUpdate("delete from edition where id = " + id);
            delete.executeUpdate("update active_edition set editions_version = editions_version + 1");
        }
    }

    @Test
    void aNikOfKotaSorongBeforePapuaBaratDayaIsTodaysKotaSorong() {
        HttpResponse<String> response = server.get("/api/nik/9271014501900001", key);

        assertEquals(200, response.statusCode(), response::body);
        JsonObject nik = (JsonObject) WilayahServer.json(response);
        assertEquals("9671", nik.getJsonObject("city").getString("code"), nik::toString);
        assertEquals("KOTA SORONG", nik.getJsonObject("city").getString("name"));
        assertEquals("96", nik.getJsonObject("province").getString("code"));
        assertEquals("kemendagri-2025", nik.getString("region_edition"));
        JsonObject via = nik.getJsonObject("resolved_via");
        assertEquals(OLDER, via.getString("edition"));
        assertEquals("927101", via.getString("code"));
    }

    @Test
    void kotaSorongsHistoryShowsItsRecodingIntoPapuaBaratDaya() {
        HttpResponse<String> response = server.get("/api/kota/96.71/history", key);

        assertEquals(200, response.statusCode(), response::body);
        List<JsonObject> timeline = ((JsonArray) WilayahServer.json(response)).getValuesAs(JsonObject.class);
        assertEquals(2, timeline.size(), timeline::toString);
        assertEquals(List.of(OLDER, "9271", "92"), List.of(timeline.get(0).getString("edition"),
                timeline.get(0).getString("code"), timeline.get(0).getString("parent")));
        assertEquals(List.of("kemendagri-2025", "9671", "96", "recoded"), List.of(timeline.get(1).getString("edition"),
                timeline.get(1).getString("code"), timeline.get(1).getString("parent"),
                timeline.get(1).getString("event")));
        assertEquals(404, server.get("/api/kota/9999/history", key).statusCode());
        assertEquals(400, server.get("/api/kota/12345/history", key).statusCode());
    }

    @Test
    void theOlderEditionIsCrosswalkedFromWithAReadKey() {
        HttpResponse<String> response = server.get("/api/crosswalk/9271?from=" + OLDER, key);

        assertEquals(200, response.statusCode(), response::body);
        JsonObject answer = (JsonObject) WilayahServer.json(response);
        assertTrue(answer.getJsonArray("to").getValuesAs(JsonObject.class).stream()
                .anyMatch(to -> to.getString("code").equals("9671")), answer::toString);
    }
}
