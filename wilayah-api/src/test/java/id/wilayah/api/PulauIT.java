package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.Corpus;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.SeedEdition;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import id.wilayah.testsupport.imports.ImportRuns;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CONTRACT §7 on the deployed WAR: the islands bundled with kemendagri-2025 (their latitudes' signs corrected),
 * listed, filtered, paged and found by code, named by a reverse lookup near them, and imported with an upload, where
 * one bad line rejects the whole run with its line number and keeps nothing.
 */
class PulauIT extends DeployedWar {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String[] FILES = {"provinces", "regencies", "districts", "villages"};
    private static String adminKey;

    private String key;

    @BeforeEach
    void keys() {
        key = server.initialApiKey();
        if (adminKey == null) {
            adminKey = TestKeys.adminKey();
        }
    }

    @Test
    void aRegencysIslandsAreListedInCodeOrderNorthOfTheEquatorWhereTheyLie() {
        JsonArray islands = array("/api/pulau?kode_kota=11.01");

        assertFalse(islands.isEmpty());
        JsonObject batukapal = islands.getJsonObject(0);
        assertEquals("110140001", batukapal.getString("code"));
        assertEquals("PULAU BATUKAPAL", batukapal.getString("name"));
        assertEquals("1101", batukapal.getString("kota_code"));
        assertEquals(3.3176, batukapal.getJsonNumber("lat").doubleValue(), 1e-4, "Aceh lies north of the equator");
        assertEquals(97.1283, batukapal.getJsonNumber("lng").doubleValue(), 1e-4);
        assertFalse(batukapal.getBoolean("populated"));
        assertFalse(batukapal.getBoolean("outermost"));
        for (JsonValue island : islands) {
            assertEquals("1101", island.asJsonObject().getString("kota_code"));
        }
        List<String> codes = islands.stream().map(island -> island.asJsonObject().getString("code")).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
        assertEquals(List.of(), array("/api/pulau?kode_kota=3273"), "Kota Bandung has no island");
    }

    @Test
    void filtersCombineAndPagesCarryTheTotalAndLinks() {
        HttpResponse<String> page = server.get("/api/pulau?outermost=true&page=2&limit=50", key);

        assertEquals(200, page.statusCode(), page::body);
        int total = Integer.parseInt(page.headers().firstValue("X-Total-Count").orElseThrow());
        JsonArray outermost = (JsonArray) WilayahServer.json(page);
        assertEquals(Math.min(50, total - 50), outermost.size());
        for (JsonValue island : outermost) {
            assertTrue(island.asJsonObject().getBoolean("outermost"), island::toString);
        }
        assertEquals(total, array("/api/pulau?outermost=true").size(), "the whole list without page and limit");
        assertTrue(page.headers().firstValue("Link").orElseThrow().contains("outermost=true&page=1&limit=50"));

        JsonArray madura = array("/api/pulau?populated=true&name=madura");
        JsonObject island = madura.stream().map(JsonValue::asJsonObject)
                .filter(candidate -> candidate.getString("code").equals("350040001")).findFirst().orElseThrow();
        assertEquals(JsonValue.NULL, island.get("kota_code"), "Madura belongs to the province of Jawa Timur");
        assertTrue(island.getJsonNumber("lat").doubleValue() < -6.9, "Madura lies south of the equator");
        for (JsonValue found : madura) {
            assertTrue(found.asJsonObject().getBoolean("populated"));
            assertTrue(found.asJsonObject().getString("name").contains("MADURA"));
        }
        int uninhabited = Integer.parseInt(server.get("/api/pulau?populated=false&limit=1", key).headers()
                .firstValue("X-Total-Count").orElseThrow());
        int all = Integer.parseInt(server.get("/api/pulau?limit=1", key).headers().firstValue("X-Total-Count")
                .orElseThrow());
        assertTrue(uninhabited > 0 && uninhabited < all, uninhabited + " of " + all);
        assertProblem(server.get("/api/pulau?populated=maybe", key), 400);
        assertProblem(server.get("/api/pulau?kode_kota=11x", key), 400);
    }

    @Test
    void oneIslandWithDotsCarriesItsKotaAndProvinsi() {
        JsonObject batukapal = object("/api/pulau/11.01.40001");
        assertEquals("110140001", batukapal.getString("code"));
        assertEquals("1101", batukapal.getJsonObject("kota").getString("code"));
        assertEquals("KABUPATEN ACEH SELATAN", batukapal.getJsonObject("kota").getString("name"));
        assertEquals("ACEH", batukapal.getJsonObject("provinsi").getString("name"));

        JsonObject madura = object("/api/pulau/350040001");
        assertEquals(JsonValue.NULL, madura.get("kota"));
        assertEquals("35", madura.getJsonObject("provinsi").getString("code"));
        assertEquals("JAWA TIMUR", madura.getJsonObject("provinsi").getString("name"));

        JsonObject unknown = assertProblem(server.get("/api/pulau/11.01.49999", key), 404);
        assertTrue(unknown.getString("detail").contains("110149999"), unknown::toString);
        assertProblem(server.get("/api/pulau/1101", key), 400);
        assertEquals(401, server.get("/api/pulau/110140001", null).statusCode());
    }

    @Test
    void inBpsCodesAnIslandKeepsItsCodeWhileItsKotaIsTheBpsRegency() throws InterruptedException {
        try (SeedEdition seed = SeedEdition.bpsExamples("bps-seed-islands")) {
            for (int i = 0; i < 100 && !server.get("/api/kota/1101?codes=bps", key).body().contains("SIMEULUE"); i++) {
                Thread.sleep(100);
            }
            JsonObject panjang = object("/api/pulau/11.09.40080?codes=bps");
            assertEquals("110940080", panjang.getString("code"), "no other code system codes islands");
            assertEquals("1101", panjang.getJsonObject("kota").getString("code"), "SIMEULUE is 1101 in BPS codes");
            assertEquals("KABUPATEN SIMEULUE", panjang.getJsonObject("kota").getString("name"));

            JsonArray simeulue = array("/api/pulau?kode_kota=1101&codes=bps");
            assertFalse(simeulue.isEmpty());
            for (JsonValue island : simeulue) {
                assertTrue(island.asJsonObject().getString("code").startsWith("1109"), island::toString);
                assertEquals("1101", island.asJsonObject().getString("kota_code"));
            }
        }
    }

    @Test
    void aPinNearAListedIslandsPointNamesTheIsland() throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        HttpResponse<String> response = server.get("/api/reverse?lat=-7.0377&lng=113.2979", key);
        while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            response = server.get("/api/reverse?lat=-7.0377&lng=113.2979", key);
        }
        assertEquals(200, response.statusCode(), response::body);
        JsonObject pulau = ((JsonObject) WilayahServer.json(response)).getJsonObject("pulau");
        assertEquals("350040001", pulau.getString("code"));
        assertEquals("PULAU MADURA", pulau.getString("name"));
        assertEquals(556, pulau.getJsonNumber("distance_m").longValue(), 5);

        JsonObject inland = object("/api/reverse?lat=-6.9147&lng=107.6098");
        assertFalse(inland.containsKey("pulau"), "Bandung is 2 km from no listed island");
    }

    @Test
    void anUploadedIslandsFileIsImportedWithItsEditionAndCountedInTheDiff() {
        String islands = "code,regency_code,name,lat,lng,populated,outermost\n"
                + "11.01.40001,1101,Pulau Uji,2.45,96.38,true,false\n"
                + "110040001,,Pulau Provinsi,2.5,96.4,,true\n";
        JsonObject run = new ImportRuns(server, adminKey).run(upload("islands-small", islands));

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        JsonObject counted = run.getJsonObject("diff").getJsonObject("islands");
        assertEquals(2, counted.getInt("toCount"));
        assertTrue(counted.getInt("fromCount") > 2, counted::toString);
        HttpResponse<String> pinned = server.get("/api/pulau/110140001?edition=islands-small", adminKey);
        assertEquals(200, pinned.statusCode(), pinned::body);
        assertEquals("PULAU UJI", ((JsonObject) WilayahServer.json(pinned)).getString("name"));
    }

    @Test
    void oneBadIslandLineRejectsTheWholeUploadWithItsLineNumberAndKeepsNothing() {
        String islands = "code,regency_code,name,lat,lng,populated,outermost\n"
                + "110140001,1101,Pulau Uji,2.45,96.38,false,false\n"
                + "999940001,9999,Pulau Entah,2.45,96.38,false,false\n"
                + "110140002,1101,Pulau London,51.5,-0.12,false,false\n"
                + "11.01.40001,1101,Pulau Uji Lagi,2.45,96.38,false,false\n";
        JsonObject run = new ImportRuns(server, adminKey).run(upload("islands-broken", islands));

        assertEquals("REJECTED", run.getString("status"), run::toString);
        assertEquals(List.of(
                "islands.csv:3: unknown regency 9999 (not a code in regencies.csv)",
                "islands.csv:4: coordinates outside Indonesia's bounding box (lat -12.0..7.0, lng 94.0..142.0):"
                        + " 51.5, -0.12",
                "islands.csv:5: duplicate code 110140001 (first on line 2)"),
                run.getJsonArray("problems").stream().map(JsonObject.class::cast).map(problem ->
                        problem.getString("file") + ":" + problem.getJsonNumber("line") + ": "
                                + problem.getString("reason")).toList());
        assertEquals("0", TestDatabase.SHARED.string("select count(*) from island i join edition e on e.id = i.edition_id"
                + " where e.name = 'islands-broken'"), "none of the run's islands");
        assertEquals("0", TestDatabase.SHARED.string("select count(*) from village v join edition e on e.id = v.edition_id"
                + " where e.name = 'islands-broken'"), "none of its regions");
        assertEquals("kemendagri-2025", TestDatabase.SHARED.string("select e.name from active_edition a join edition e"
                + " on e.id = a.edition_id"));
    }

    @Test
    void theOpenApiDocumentDescribesTheIslandsAndStillValidates() {
        HttpResponse<String> document = server.get("/openapi", null);
        assertEquals(200, document.statusCode());

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, null);

        assertEquals(List.of(), parsed.getMessages());
        assertTrue(parsed.getOpenAPI().getPaths().containsKey("/api/pulau"), parsed.getOpenAPI().getPaths()::toString);
        assertTrue(parsed.getOpenAPI().getPaths().containsKey("/api/pulau/{code}"));
        assertTrue(parsed.getOpenAPI().getComponents().getSchemas().get("ReverseAnswer").getProperties()
                .containsKey("pulau"));
    }

    /** The small valid edition with an islands file, as a dry run. */
    private static Multipart upload(String edition, String islands) {
        Multipart form = new Multipart().field("edition", edition).field("dryRun", "true");
        for (String file : FILES) {
            form.file(file, file + ".csv", Corpus.read("valid", file));
        }
        return form.file("islands", "islands.csv", islands.getBytes(StandardCharsets.UTF_8));
    }

    private JsonObject object(String path) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), response::body);
        return (JsonObject) WilayahServer.json(response);
    }

    private JsonArray array(String path) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), response::body);
        return (JsonArray) WilayahServer.json(response);
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        return (JsonObject) WilayahServer.json(response);
    }
}
