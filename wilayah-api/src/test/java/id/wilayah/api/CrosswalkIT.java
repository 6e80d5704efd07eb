package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.SeedEdition;
import id.wilayah.testsupport.SeededEdition;
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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The crosswalk endpoints (CONTRACT §4) between a small BPS edition (Kertasari, seeded into the test database) and the
 * active kemendagri-2025: one code, bulk JSON and CSV in input order with per-item failures, the CSV export, the
 * limits and the edition checks, and administrators' overrides. The active edition is never changed.
 */
class CrosswalkIT extends DeployedWar {
    private static final String BPS = "bps-seed-crosswalk";
    private static final String ACTIVE = "kemendagri-2025";
    private static final String BUMP_OVERRIDES_VERSION = "update active_edition set overrides_version ="
            + " overrides_version + 1";
    @RegisterExtension
    static final SeededEdition SEED = SeededEdition.of(() -> SeedEdition.bpsKertasari(BPS));

    private String key;

    @BeforeEach
    void seed() throws InterruptedException {
        key = server.initialApiKey();
        SEED.awaitServed(() -> server.get("/api/crosswalk/32?from=" + BPS, key).statusCode() == 200);
    }

    @Test
    void aBpsDistrictCodeAnswersItsKemendagriDistrict() {
        HttpResponse<String> response = server.get("/api/crosswalk/3204050?from=" + BPS, key);
        assertEquals(200, response.statusCode(), response::body);
        JsonObject answer = (JsonObject) WilayahServer.json(response);
        assertEquals("kecamatan", answer.getString("level"));
        assertEquals(BPS, answer.getJsonObject("from").getString("edition"));
        assertEquals("KERTASARI", answer.getJsonObject("from").getString("name"));
        JsonArray to = answer.getJsonArray("to");
        assertEquals(1, to.size(), response::body);
        JsonObject kertasari = to.getJsonObject(0);
        assertEquals(ACTIVE, kertasari.getString("edition"));
        assertEquals("320431", kertasari.getString("code"));
        assertEquals("KERTASARI", kertasari.getString("name"));
        assertEquals("exact-name", kertasari.getString("match"));
        assertEquals(1.0, kertasari.getJsonNumber("confidence").doubleValue());
    }

    @Test
    void aVillageCodeWithDotsAndTheWayBackWork() {
        JsonObject village = object("/api/crosswalk/32.04.05.0001?from=" + BPS + "&to=" + ACTIVE);
        assertEquals("3204312005", village.getJsonArray("to").getJsonObject(0).getString("code"));
        assertEquals("NEGLAWANGI", village.getJsonArray("to").getJsonObject(0).getString("name"));
        JsonObject back = object("/api/crosswalk/320431?from=" + ACTIVE + "&to=" + BPS);
        assertEquals("3204050", back.getJsonArray("to").getJsonObject(0).getString("code"));
    }

    @Test
    void theCrosswalkIsStoredOnceComputed() throws SQLException {
        object("/api/crosswalk/3204050?from=" + BPS);
        assertEquals(1, count("select count(*) from crosswalk c join edition f on f.id = c.from_edition_id"
                + " join edition t on t.id = c.to_edition_id where f.name = '" + BPS + "' and t.name = '" + ACTIVE + "'"));
        assertTrue(count("select count(*) from crosswalk_link l join crosswalk c on c.id = l.crosswalk_id"
                + " join edition f on f.id = c.from_edition_id where f.name = '" + BPS + "'") >= 5);
    }

    @Test
    void badEditionsAndCodesAreRefusedWithTheReason() throws SQLException {
        assertProblem(404, "/api/crosswalk/3204050?from=no-such-edition", "no-such-edition");
        assertProblem(404, "/api/crosswalk/3204050?from=" + BPS + "&to=no-such-edition", "no-such-edition");
        assertProblem(400, "/api/crosswalk/320431?from=" + ACTIVE, "two different editions");
        assertProblem(400, "/api/crosswalk/3204050", "from");
        assertProblem(400, "/api/crosswalk/32x4?from=" + BPS, "Invalid code");
        assertProblem(404, "/api/crosswalk/1101?from=" + BPS, "1101");
        try (Connection db = TestDatabase.SHARED.connect(); Statement insert = db.createStatement()) {
            insert.executeUpdate("insert into edition (name, code_system, source, status, province_count,"
                    + " regency_count, district_count, village_count, created_at) values ('failed-crosswalk',"
                    + " 'BPS', 'test', 'FAILED', 0, 0, 0, 0, now())");
        }
        try {
            assertProblem(404, "/api/crosswalk/3204050?from=failed-crosswalk", "Edition failed-crosswalk not found");
            HttpResponse<String> admin = server.get("/api/crosswalk/3204050?from=failed-crosswalk",
                    TestKeys.adminKey());
            assertEquals(400, admin.statusCode(), admin::body);
            assertTrue(admin.body().contains("not retained"), admin::body);
        } finally {
            try (Connection db = TestDatabase.SHARED.connect(); Statement delete = db.createStatement()) {
                delete.executeUpdate("delete from edition where name = 'failed-crosswalk'");
            }
        }
    }

    @Test
    void bulkJsonAnswersEveryCodeInOrderAndReportsBadOnesPerItem() {
        HttpResponse<String> response = post("application/json", "application/json",
                "[\"3204050\", \"32.04.05.0002\", \"abc\", \"1101\", 3204050001]");
        assertEquals(200, response.statusCode(), response::body);
        JsonArray answers = (JsonArray) WilayahServer.json(response);
        assertEquals(5, answers.size());
        assertEquals("320431", answers.getJsonObject(0).getJsonArray("to").getJsonObject(0).getString("code"));
        assertEquals("32.04.05.0002", answers.getJsonObject(1).getString("input"));
        assertEquals("SANTOSA", answers.getJsonObject(1).getJsonObject("from").getString("name"));
        assertEquals(400, answers.getJsonObject(2).getInt("status"));
        assertTrue(answers.getJsonObject(2).getString("error").contains("Invalid code"));
        assertEquals(404, answers.getJsonObject(3).getInt("status"));
        assertEquals("3204312005", answers.getJsonObject(4).getJsonArray("to").getJsonObject(0).getString("code"));
    }

    @Test
    void bulkCsvAnswersAsCsvWhenAsked() {
        HttpResponse<String> response = post("text/csv", "text/csv", "code\r\n3204050\r\nnope\r\n\r\n3204050001\r\n");
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = response.body().lines().toList();
        assertEquals(4, lines.size(), response::body);
        assertEquals("input,level,from_code,from_name,to_code,to_name,match,confidence,error", lines.get(0));
        assertEquals("3204050,kecamatan,3204050,KERTASARI,320431,KERTASARI,exact-name,1.0,", lines.get(1));
        assertTrue(lines.get(2).startsWith("nope,,,,,,,,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("3204050001,kelurahan,3204050001,NEGLAWANGI,3204312005,"), lines.get(3));
    }

    @Test
    void aHundredThousandCodesAreAnsweredAndOneMoreIsRefused() {
        String allowed = IntStream.range(0, 100_000).mapToObj(i -> "3204050").collect(Collectors.joining("\n"));
        HttpResponse<String> answered = post("text/csv", "text/csv", allowed);
        assertEquals(200, answered.statusCode(), () -> answered.body().substring(0, 300));
        assertEquals(100_001, answered.body().lines().count());
        HttpResponse<String> refused = post("text/csv", "text/csv", allowed + "\n3204050");
        assertEquals(413, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("100000"), refused::body);
    }

    @Test
    void theExportListsEveryRegionOfFromWithItsCounterparts() {
        HttpResponse<String> response = server.get("/api/export/crosswalk.csv?from=" + BPS, key);
        assertEquals(200, response.statusCode(), response::body);
        List<String> lines = response.body().lines().toList();
        assertEquals("level,from_code,from_name,to_code,to_name,match,confidence", lines.get(0));
        assertTrue(lines.contains("provinsi,32,JAWA BARAT,32,JAWA BARAT,same-code,1.0"), response::body);
        assertTrue(lines.contains("kecamatan,3204050,KERTASARI,320431,KERTASARI,exact-name,1.0"), response::body);
        assertEquals(6, lines.size(), response::body);
        assertEquals(404, server.get("/api/export/crosswalk.csv?from=nope", key).statusCode());
    }

    /**
     * Overrides stored by another node (straight into the database, with the overrides version counted as a node
     * does) replace the computed links on every endpoint at the next cluster poll, and still do after the stored
     * crosswalk is dropped and computed again.
     */
    @Test
    void overridesReplaceComputedLinksEverywhereAndSurviveRecomputation() throws Exception {
        String neglawangi = "/api/crosswalk/3204050001?from=" + BPS;
        String inBpsCodes = "/api/kelurahan/3204050001?codes=bps";
        assertEquals("3204312005 exact-name", firstLink(neglawangi));
        assertEquals("NEGLAWANGI", object(inBpsCodes).getString("name"));
        String pair = "from_edition_id = (select id from edition where name = '" + BPS + "')"
                + " and to_edition_id = (select id from edition where name = '" + ACTIVE + "')";
        try {
            execute("insert into crosswalk_override (from_edition_id, to_edition_id, level, from_code, to_code,"
                    + " created_by, created_at) select f.id, t.id, 'VILLAGE', c.from_code, c.to_code, 'it', now(3)"
                    + " from edition f, edition t, (select '3204050001' from_code, '3204312001' to_code union all"
                    + " select '3204050002', null) c where f.name = '" + BPS + "' and t.name = '" + ACTIVE + "'");
            execute(BUMP_OVERRIDES_VERSION);
            assertEquals("3204312001 manual", awaitFirstLink(neglawangi, "3204312001 manual"));
            assertEquals(1.0, object(neglawangi).getJsonArray("to").getJsonObject(0).getJsonNumber("confidence")
                    .doubleValue());
            assertEquals("SUKAPURA", object(inBpsCodes).getString("name"), "BPS codes follow the manual link");

            execute("delete from crosswalk where " + pair);
            execute(BUMP_OVERRIDES_VERSION);
            for (int i = 0; i < 100 && count("select count(*) from crosswalk where " + pair) == 0; i++) {
                object(neglawangi);
                Thread.sleep(100);
            }
            assertEquals(1, count("select count(*) from crosswalk where " + pair), "computed and stored again");
            assertEquals("3204312001 manual", firstLink(neglawangi), "the override survives the recomputation");
            assertEquals(0, object("/api/crosswalk/3204050002?from=" + BPS).getJsonArray("to").size());

            JsonArray bulk = (JsonArray) WilayahServer.json(post("application/json", "application/json",
                    "[\"3204050001\", \"3204050002\"]"));
            assertEquals("manual", bulk.getJsonObject(0).getJsonArray("to").getJsonObject(0).getString("match"));
            assertEquals(0, bulk.getJsonObject(1).getJsonArray("to").size());
            List<String> export = server.get("/api/export/crosswalk.csv?from=" + BPS, key).body().lines().toList();
            assertTrue(export.contains("kelurahan,3204050001,NEGLAWANGI,3204312001,SUKAPURA,manual,1.0"),
                    String.join("\n", export));
            assertTrue(export.contains("kelurahan,3204050002,SANTOSA,,,,"), String.join("\n", export));
        } finally {
            execute("delete from crosswalk_override where " + pair);
            execute(BUMP_OVERRIDES_VERSION);
            assertEquals("3204312005 exact-name", awaitFirstLink(neglawangi, "3204312005 exact-name"),
                    "the computed link is back for the other tests");
            assertEquals("NEGLAWANGI", object(inBpsCodes).getString("name"));
        }
    }

    @Test
    void theEndpointsAreDescribedInOpenApi() {
        HttpResponse<String> response = server.get("/openapi", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/crosswalk/{code}"), "single code");
        assertTrue(response.body().contains("/api/crosswalk:"), "bulk");
        assertTrue(response.body().contains("/api/export/crosswalk.csv"), "export");
        assertTrue(response.body().contains("CrosswalkAnswer"), "answer schema");
    }

    private HttpResponse<String> post(String contentType, String accept, String body) {
        return server.send(HttpRequest.newBuilder(server.base().resolve("/api/crosswalk?from=" + BPS))
                .header("X-API-Key", key).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonObject object(String path) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), response::body);
        return (JsonObject) WilayahServer.json(response);
    }

    private String firstLink(String path) {
        JsonArray to = object(path).getJsonArray("to");
        return to.isEmpty() ? "" : to.getJsonObject(0).getString("code") + " " + to.getJsonObject(0).getString("match");
    }

    /** The cluster poll picks a change of the overrides up within about a second. */
    private String awaitFirstLink(String path, String expected) throws InterruptedException {
        String link = firstLink(path);
        for (int i = 0; i < 100 && !link.equals(expected); i++) {
            Thread.sleep(100);
            link = firstLink(path);
        }
        return link;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = TestDatabase.SHARED.connect(); Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private void assertProblem(int status, String path, String detailContains) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(status, response.statusCode(), response::body);
        String detail = ((JsonObject) WilayahServer.json(response)).getString("detail");
        assertTrue(detail.contains(detailContains), detail);
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = TestDatabase.SHARED.connect(); Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
