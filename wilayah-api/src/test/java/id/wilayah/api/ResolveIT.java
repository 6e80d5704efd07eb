package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.SeedEdition;
import id.wilayah.testsupport.SeededEdition;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Address resolution (CONTRACT §6) against the active kemendagri-2025: one address, bulk JSON and CSV in and out in
 * input order, the 400 and 413 refusals, and a key that speaks BPS codes, translated through a small BPS edition
 * seeded into the test database. The active edition is never changed.
 */
class ResolveIT extends DeployedWar {
    private static final String BPS = "bps-seed-resolve";
    private static final String LABEL = "Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, "
            + "Jawa Barat 40386";
    private static final String JAKSEL = "Jl. Senayan 3, Kel. Senayan, Kebayoran Baru, Jaksel 12190";
    @RegisterExtension
    static final SeededEdition SEED = SeededEdition.of(() -> SeedEdition.bpsKertasari(BPS));
    private static String bpsKey;

    private String key;

    @BeforeEach
    void seed() throws InterruptedException {
        key = server.initialApiKey();
        if (bpsKey == null) {
            bpsKey = TestKeys.bpsKey(TestDatabase.SHARED.url());
        }
        SEED.awaitServed(() -> server.get("/api/kecamatan/3204050", bpsKey).statusCode() == 200);
    }

    @Test
    void aShippingLabelResolvesToItsVillageWithEveryPartQuotedAndTheStreetAsRest() {
        HttpResponse<String> response = server.get("/api/resolve?q=" + encoded(LABEL), key);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("kemendagri-2025", response.headers().firstValue("X-Wilayah-Edition").orElse(""));
        assertTrue(response.headers().firstValue("ETag").isPresent());
        JsonObject answer = (JsonObject) WilayahServer.json(response);
        assertEquals(LABEL, answer.getString("query"));
        assertEquals("Jl. Raya Kertasari No. 12", answer.getString("rest"));
        JsonObject best = answer.getJsonArray("candidates").getJsonObject(0);
        assertEquals("{\"code\":\"3204312005\",\"name\":\"NEGLAWANGI\",\"postal_code\":\"40386\"}",
                best.getJsonObject("kelurahan").toString());
        assertEquals("{\"code\":\"320431\",\"name\":\"KERTASARI\"}", best.getJsonObject("kecamatan").toString());
        assertEquals("{\"code\":\"3204\",\"name\":\"KABUPATEN BANDUNG\"}", best.getJsonObject("kota").toString());
        assertEquals("{\"code\":\"32\",\"name\":\"JAWA BARAT\"}", best.getJsonObject("provinsi").toString());
        assertEquals("{\"kelurahan\":\"Desa Neglawangi\",\"kecamatan\":\"Kec. Kertasari\",\"kota\":\"Kab. Bandung\","
                + "\"provinsi\":\"Jawa Barat\",\"postal_code\":\"40386\"}", best.getJsonObject("matched").toString());
        assertTrue(best.getJsonNumber("confidence").doubleValue() >= 0.9, best::toString);
        assertEquals(0, best.getJsonArray("notes").size(), best::toString);

        JsonObject pinned = (JsonObject) WilayahServer.json(server.get("/api/resolve?limit=1&edition=kemendagri-2025&q="
                + encoded(LABEL), key));
        assertEquals(1, pinned.getJsonArray("candidates").size());
        assertEquals(404, server.get("/api/resolve?edition=no-such-edition&q=Kertasari", key).statusCode());
    }

    @Test
    void badQueriesAndLimitsAre400Problems() {
        for (String query : List.of("", "?q=", "?q=%20%20", "?q=" + "a".repeat(501), "?q=Kertasari&limit=0",
                "?q=Kertasari&limit=21", "?q=Kertasari&limit=five")) {
            HttpResponse<String> response = server.get("/api/resolve" + query, key);
            assertEquals(400, response.statusCode(), query);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertNotNull(((JsonObject) WilayahServer.json(response)).getString("detail"));
        }
        assertEquals(200, server.get("/api/resolve?limit=20&q=" + "a".repeat(500), key).statusCode());
    }

    @Test
    void aJsonArrayIsAnsweredInInputOrder() {
        HttpResponse<String> response = post("application/json", "application/json", "[\"" + JAKSEL + "\", \"\", \""
                + LABEL + "\"]", "");
        assertEquals(200, response.statusCode(), response::body);
        JsonArray results = ((JsonObject) WilayahServer.json(response)).getJsonArray("results");
        assertEquals(3, results.size());
        assertEquals(List.of(JAKSEL, "", LABEL), results.getValuesAs(JsonObject.class).stream()
                .map(result -> result.getString("query")).toList());
        JsonObject senayan = results.getJsonObject(0).getJsonArray("candidates").getJsonObject(0);
        assertTrue(senayan.getJsonObject("kota").getString("name").contains("JAKARTA SELATAN"), senayan::toString);
        assertEquals(0, results.getJsonObject(1).getJsonArray("candidates").size());
        JsonArray label = results.getJsonObject(2).getJsonArray("candidates");
        assertEquals(1, label.size(), "one candidate per address by default");
        assertEquals("3204312005", label.getJsonObject(0).getJsonObject("kelurahan").getString("code"));
    }

    @Test
    void aCsvExportIsAnsweredAsATableFromItsAddressColumn() {
        String csv = "id,address\r\n1,\"" + LABEL + "\"\r\n2,Jl. Merdeka No. 5\r\n3,\"=HYPERLINK(\"\"x\"\")\"\r\n";
        HttpResponse<String> response = post("text/csv", "text/csv", csv, "");
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = response.body().lines().toList();
        assertEquals(4, lines.size(), response::body);
        assertEquals("query,kelurahan_code,kecamatan_code,kota_code,provinsi_code,postal_code,confidence",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("\"" + LABEL + "\",3204312005,320431,3204,32,40386,"), lines.get(1));
        assertEquals("Jl. Merdeka No. 5,,,,,,", lines.get(2));
        assertTrue(lines.get(3).startsWith("\"'=HYPERLINK("), "echoed input is never a formula: " + lines.get(3));

        HttpResponse<String> lines2 = post("text/plain", "application/json", LABEL + "\n" + JAKSEL + "\n", "?limit=3");
        JsonArray results = ((JsonObject) WilayahServer.json(lines2)).getJsonArray("results");
        assertEquals(List.of(LABEL, JAKSEL), results.getValuesAs(JsonObject.class).stream()
                .map(result -> result.getString("query")).toList());
    }

    @Test
    void tenThousandAddressesAreAnsweredAndOneMoreIsRefused() {
        String allowed = IntStream.range(0, 10_000).mapToObj(i -> "Desa Neglawangi, Kertasari " + i)
                .collect(Collectors.joining("\n"));
        HttpResponse<String> answered = post("text/csv", "text/csv", allowed, "");
        assertEquals(200, answered.statusCode(), () -> answered.body().substring(0, 300));
        assertEquals(10_001, answered.body().lines().count());
        HttpResponse<String> refused = post("text/csv", "text/csv", allowed + "\nKertasari", "");
        assertEquals(413, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("10000"), refused::body);
    }

    @Test
    void badBulkBodiesAre400ProblemsNamingTheFault() {
        assertProblem(post("application/json", "application/json", "{\"q\":\"Kertasari\"}", ""), "JSON array");
        assertProblem(post("application/json", "application/json", "[\"Kertasari\", 7]", ""), "Element 2");
        assertProblem(post("application/json", "application/json", "[\"Kertasari\", \"" + "a".repeat(501) + "\"]",
                ""), "Address 2 is longer than 500");
        assertProblem(post("application/json", "application/json", "[\"Kertasari\"]", "?limit=21"), "limit");
    }

    @Test
    void aBpsKeyIsAnsweredInBpsCodesOneAtATimeAndInBulk() {
        HttpResponse<String> response = server.get("/api/resolve?q=" + encoded(LABEL), bpsKey);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("BPS", response.headers().firstValue("X-Wilayah-Codes").orElse(""));
        JsonObject best = ((JsonObject) WilayahServer.json(response)).getJsonArray("candidates").getJsonObject(0);
        assertEquals("3204050001", best.getJsonObject("kelurahan").getString("code"));
        assertEquals("3204050", best.getJsonObject("kecamatan").getString("code"));
        assertEquals("3204", best.getJsonObject("kota").getString("code"));

        HttpResponse<String> bulk = server.send(HttpRequest.newBuilder(server.base().resolve("/api/resolve"))
                .header("X-API-Key", bpsKey).header("Content-Type", "application/json").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("[\"" + LABEL + "\"]")).build());
        assertEquals(200, bulk.statusCode(), bulk::body);
        assertEquals("BPS", bulk.headers().firstValue("X-Wilayah-Codes").orElse(""));
        assertTrue(bulk.body().lines().toList().get(1).startsWith("\"" + LABEL + "\",3204050001,3204050,3204,32,"),
                bulk::body);

        JsonObject jaksel = ((JsonObject) WilayahServer.json(server.get("/api/resolve?q=" + encoded(JAKSEL), bpsKey)))
                .getJsonArray("candidates").getJsonObject(0).getJsonObject("kota");
        assertTrue(jaksel.getString("code").startsWith("31"), "no BPS counterpart in the seed: its own code");
        assertEquals("[\"code\"]", jaksel.getJsonArray("untranslated").toString(), jaksel::toString);
        HttpResponse<String> jakselCsv = server.send(HttpRequest.newBuilder(server.base().resolve("/api/resolve"))
                .header("X-API-Key", bpsKey).header("Content-Type", "text/plain").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(JAKSEL)).build());
        assertTrue(jakselCsv.headers().firstValue("X-Wilayah-Untranslated").orElse("").contains(jaksel.getString(
                "code")), () -> jakselCsv.headers().map().toString());

        JsonObject kemendagri = (JsonObject) WilayahServer.json(server.get("/api/resolve?codes=kemendagri&q="
                + encoded(LABEL), bpsKey));
        assertEquals("320431", kemendagri.getJsonArray("candidates").getJsonObject(0).getJsonObject("kecamatan")
                .getString("code"));
    }

    @Test
    void theOpenApiDocumentDescribesBothOperationsAndStillValidates() {
        HttpResponse<String> document = server.get("/openapi", null);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, null);
        assertEquals(List.of(), parsed.getMessages());
        assertNotNull(parsed.getOpenAPI().getPaths().get("/api/resolve").getGet());
        assertNotNull(parsed.getOpenAPI().getPaths().get("/api/resolve").getPost().getResponses().get("413"));
        assertNotNull(parsed.getOpenAPI().getPaths().get("/api/resolve").getPost().getResponses().get("429")
                .getHeaders().get("Retry-After"));
        assertTrue(document.body().contains("ResolveAnswer"), "answer schema");
    }

    private HttpResponse<String> post(String contentType, String accept, String body, String query) {
        return server.send(HttpRequest.newBuilder(server.base().resolve("/api/resolve" + query))
                .header("X-API-Key", key).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void assertProblem(HttpResponse<String> response, String detailContains) {
        assertEquals(400, response.statusCode(), response::body);
        String detail = ((JsonObject) WilayahServer.json(response)).getString("detail");
        assertTrue(detail.contains(detailContains), detail);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
