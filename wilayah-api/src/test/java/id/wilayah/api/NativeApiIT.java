package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.ConsoleAdmin;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.RawHttp;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every row of CONTRACT §1 against the real WAR on Payara Micro and MariaDB, with the bundled 2025 data. */
class NativeApiIT extends DeployedWar {
    private String key;

    @BeforeEach
    void connect() {
        key = server.initialApiKey();
    }

    private JsonArray array(String path) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        return (JsonArray) WilayahServer.json(response);
    }

    private JsonObject object(String path) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        return (JsonObject) WilayahServer.json(response);
    }

    private JsonObject problem(String path, int status) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(status, response.statusCode(), () -> path + " -> " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = (JsonObject) WilayahServer.json(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"));
        return problem;
    }

    @Test
    void noResponseNamesTheServerSoftware() {
        for (HttpResponse<String> response : List.of(server.getOverHttp11("/api/provinsi/32", key),
                server.getOverHttp11("/nope", null))) {
            assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().toString());
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), response.headers().toString());
        }
    }

    /** A client can name any site in Host; links and redirects must still lead to this server's configured URL. */
    @Test
    void linksAndRedirectsNeverComeFromTheHostHeader() {
        String adminKey = TestKeys.adminKey();
        String paged = RawHttp.head(RawHttp.exchange(server.base(), "GET /api/provinsi?page=2&limit=5 HTTP/1.1\r\n"
                + "Host: evil.example\r\nX-API-Key: " + key + "\r\nConnection: close", null));
        String created = RawHttp.head(RawHttp.exchange(server.base(), "POST /api/admin/keys HTTP/1.1\r\n"
                + "Host: evil.example\r\nX-API-Key: " + adminKey + "\r\nContent-Type: application/json\r\n"
                + "Connection: close", "{\"name\":\"host header test\"}"));
        String login = consoleLoginVia("evil.example");
        String welcome = RawHttp.head(RawHttp.exchange(server.base(), "GET /admin HTTP/1.1\r\n"
                + "Host: evil.example\r\nConnection: close", null));
        String toLogin = RawHttp.head(RawHttp.exchange(server.base(), "GET /admin/keys.xhtml HTTP/1.1\r\n"
                + "Host: evil.example\r\nConnection: close", null));

        assertTrue(paged.startsWith("HTTP/1.1 200") && paged.contains("Link: <http://127.0.0.1:8080/api/provinsi?"),
                paged);
        assertTrue(created.startsWith("HTTP/1.1 201") && created.contains("Location: http://127.0.0.1:8080/api/admin"
                + "/keys/"), created);
        assertTrue(login.startsWith("HTTP/1.1 302") && login.contains("Location: /admin/"), login);
        assertTrue(welcome.startsWith("HTTP/1.1 30") && welcome.contains("Location: /admin/"), welcome);
        assertTrue(toLogin.startsWith("HTTP/1.1 302") && toLogin.contains("Location: /admin/login.xhtml"), toLogin);
        for (String head : List.of(paged, created, login, welcome, toLogin)) {
            assertFalse(head.contains("evil.example"), head);
        }
    }

    /** Logs in to the console as a browser would that reached the server under {@code host}; the head of the answer. */
    private String consoleLoginVia(String host) {
        String form = RawHttp.exchange(server.base(), "GET /admin/login.xhtml HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close", null);
        Matcher session = Pattern.compile("JSESSIONID=([^;\\s]+)").matcher(form);
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        assertTrue(session.find() && viewState.find(), form);
        String body = "login=login&login%3Ausername=" + ConsoleAdmin.USERNAME + "&login%3Apassword="
                + URLEncoder.encode(ConsoleAdmin.password(), StandardCharsets.UTF_8) + "&login%3Asubmit=Log+in"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return RawHttp.head(RawHttp.exchange(server.base(), "POST /admin/login.xhtml HTTP/1.1\r\nHost: " + host
                + "\r\nCookie: JSESSIONID=" + session.group(1) + "\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nConnection: close", body));
    }

    @Test
    void aRateLimitedAnswerSaysTooManyRequestsInItsStatusLine() {
        HttpResponse<String> created = server.send(HttpRequest.newBuilder(server.base().resolve("/api/admin/keys"))
                .header("X-API-Key", TestKeys.adminKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"reason phrase test\",\"rateLimitPerMinute\":1}"))
                .build());
        String limitedKey = ((JsonObject) WilayahServer.json(created)).getString("secret");
        String request = "GET /api/provinsi/32 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + limitedKey
                + "\r\nConnection: close";

        assertTrue(RawHttp.exchange(server.base(), request, null).startsWith("HTTP/1.1 200 OK\r\n"));
        String limited = RawHttp.exchange(server.base(), request, null);
        assertTrue(limited.startsWith("HTTP/1.1 429 Too Many Requests\r\n"), RawHttp.head(limited));
        assertTrue(limited.contains("Retry-After: "), RawHttp.head(limited));
    }

    /**
     * Documents what Payara's HTTP layer does with a request line over 16 KiB, before the application sees it: a bare
     * 400 and a closed connection (it sends no Connection: close first and cannot be told to; see docker/README.md).
     */
    @Test
    void aRequestLineOver16KiBGetsABare400AndTheConnectionIsClosed() {
        String answer = RawHttp.exchange(server.base(), "GET /api/provinsi?name=" + "a".repeat(17 * 1024)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + key, null);

        assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
        assertTrue(answer.contains("Content-Length: 0"), answer);
    }

    @Test
    void everyResponseForbidsContentSniffing() {
        for (String path : List.of("/api/provinsi/32", "/api/nope", "/nusantara/provinsi/99", "/nope",
                "/openapi-ui/index.html", "/admin/login.xhtml", "/openapi", "/health/ready")) {
            HttpResponse<String> response = server.getOverHttp11(path, key);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    () -> path + " " + response.statusCode() + " " + response.headers());
        }
    }

    /** swagger-parser, as code generators and "Try it out" read the document, finds nothing to complain about. */
    @Test
    void theOpenApiDocumentValidatesWithEachTagOnceAndARelativeServer() {
        HttpResponse<String> document = server.get("/openapi", null);
        assertEquals(200, document.statusCode());

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, null);

        assertEquals(List.of(), parsed.getMessages());
        OpenAPI openApi = parsed.getOpenAPI();
        List<String> tags = openApi.getTags().stream().map(Tag::getName).toList();
        assertEquals(tags.stream().distinct().toList(), tags);
        assertTrue(openApi.getTags().stream().allMatch(tag -> tag.getDescription() != null), tags::toString);
        assertEquals(List.of("/"), openApi.getServers().stream().map(Server::getUrl).toList());
    }

    @Test
    void importsTheOfficial2025CountsOnFirstStart() {
        assertEquals(38, array("/api/provinsi").size());
        assertEquals(514, array("/api/kota").size());
        assertEquals(7285, array("/api/kecamatan").size());
        assertEquals(83762, array("/api/kelurahan").size());
    }

    @Test
    void listsProvincesInUpperCaseOrderedByCode() {
        JsonArray provinces = array("/api/provinsi");
        assertEquals("11", provinces.getJsonObject(0).getString("code"));
        assertEquals("ACEH", provinces.getJsonObject(0).getString("name"));
        assertTrue(provinces.contains(codeName("32", "JAWA BARAT")));
    }

    private static JsonObject codeName(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name).build();
    }

    @Test
    void filtersProvincesByName() {
        JsonArray found = array("/api/provinsi?name=jawa");
        assertEquals(3, found.size());
        found.getValuesAs(JsonObject.class).forEach(p -> assertTrue(p.getString("name").contains("JAWA")));
    }

    @Test
    void returnsOneProvince() {
        JsonObject province = object("/api/provinsi/32");
        assertEquals(codeName("32", "JAWA BARAT"), Json.createObjectBuilder(province).remove("lat").remove("lng")
                .build(), "lat and lng join once the geography is in memory (GeographyApiIT)");
    }

    @Test
    void listsRegenciesOfAProvince() {
        JsonArray regencies = array("/api/kota?kode_provinsi=32");
        assertEquals(27, regencies.size());
        JsonObject first = regencies.getJsonObject(0);
        assertEquals("3201", first.getString("code"));
        assertEquals("KABUPATEN BOGOR", first.getString("name"));
        assertEquals("32", first.getString("province_code"));
    }

    @Test
    void filtersRegenciesByNameWithinAProvince() {
        JsonArray bandung = array("/api/kota?kode_provinsi=32&name=bandung");
        assertEquals(3, bandung.size(), bandung::toString);
    }

    @Test
    void returnsARegencyWithItsProvince() {
        JsonObject kota = object("/api/kota/3204");
        assertEquals("3204", kota.getString("code"));
        assertEquals("KABUPATEN BANDUNG", kota.getString("name"));
        assertEquals(codeName("32", "JAWA BARAT"), kota.getJsonObject("province"));
    }

    @Test
    void acceptsCodesWithDots() {
        assertEquals("KABUPATEN BANDUNG", object("/api/kota/32.04").getString("name"));
        assertEquals("3204052001", object("/api/kelurahan/32.04.05.2001").getString("code"));
    }

    @Test
    void listsDistrictsOfARegency() {
        JsonArray districts = array("/api/kecamatan?kode_kota=3204");
        assertFalse(districts.isEmpty());
        districts.getValuesAs(JsonObject.class).forEach(d -> assertEquals("3204", d.getString("city_code")));
        assertTrue(districts.getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("code").equals("320431") && d.getString("name").equals("KERTASARI")));
    }

    @Test
    void returnsADistrictWithCityAndProvince() {
        JsonObject kecamatan = object("/api/kecamatan/320431");
        assertEquals("KERTASARI", kecamatan.getString("name"));
        assertEquals(codeName("3204", "KABUPATEN BANDUNG"), kecamatan.getJsonObject("city"));
        assertEquals(codeName("32", "JAWA BARAT"), kecamatan.getJsonObject("province"));
    }

    @Test
    void listsVillagesOfADistrictWithPostalCodes() {
        JsonArray villages = array("/api/kelurahan?kode_kecamatan=320431");
        JsonObject neglawangi = villages.getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("code").equals("3204312005")).findFirst().orElseThrow();
        assertEquals("NEGLAWANGI", neglawangi.getString("name"));
        assertEquals("320431", neglawangi.getString("district_code"));
        assertTrue(neglawangi.getString("postal_code").matches("\\d{5}(,\\d{5})*"));
    }

    @Test
    void returnsAVillageWithAllItsParents() {
        JsonObject kelurahan = object("/api/kelurahan/3204312005");
        assertEquals("NEGLAWANGI", kelurahan.getString("name"));
        assertNotNull(kelurahan.getString("postal_code"));
        assertEquals(codeName("320431", "KERTASARI"), kelurahan.getJsonObject("sub_district"));
        assertEquals(codeName("3204", "KABUPATEN BANDUNG"), kelurahan.getJsonObject("city"));
        assertEquals(codeName("32", "JAWA BARAT"), kelurahan.getJsonObject("province"));
    }

    @Test
    void findsVillagesByPostalCode() {
        JsonArray villages = array("/api/kodepos/40386");
        assertFalse(villages.isEmpty());
        for (JsonObject village : villages.getValuesAs(JsonObject.class)) {
            assertTrue(village.getString("postal_code").contains("40386"));
            assertEquals("3204", village.getJsonObject("kota").getString("code"));
            assertEquals("JAWA BARAT", village.getJsonObject("provinsi").getString("name"));
            assertNotNull(village.getJsonObject("kecamatan").getString("name"));
        }
    }

    @Test
    void searchGroupsMatchesByLevelMostRelevantFirst() {
        JsonArray result = array("/api/search?q=bandung");
        assertEquals(1, result.size());
        JsonObject groups = result.getJsonObject(0);
        assertTrue(groups.getJsonArray("provinsi").isEmpty());
        JsonArray kota = groups.getJsonArray("kota");
        assertEquals(3, kota.size(), kota::toString);
        assertEquals("32", kota.getJsonObject(0).getString("province_code"));
        assertFalse(groups.getJsonArray("kecamatan").isEmpty());
        assertFalse(groups.getJsonArray("kelurahan").isEmpty());
        JsonObject firstDistrict = groups.getJsonArray("kecamatan").getJsonObject(0);
        assertTrue(firstDistrict.getString("name").startsWith("BANDUNG"), firstDistrict::toString);
    }

    @Test
    void rejectsRequestsWithoutAValidKey() {
        HttpResponse<String> missing = server.get("/api/provinsi", null);
        assertEquals(401, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
        assertEquals(401, server.get("/api/provinsi", "wly_not-a-real-key").statusCode());
        assertEquals(401, server.get("/api/does-not-exist", null).statusCode());
    }

    @Test
    void healthAndOpenApiNeedNoKey() {
        assertEquals(200, server.get("/health/ready", null).statusCode());
        assertEquals(200, server.get("/openapi", null).statusCode());
    }

    /** A client learns from the document that an expensive read may be refused for a moment, and when to retry. */
    @Test
    void expensiveReadsDocumentTheirRefusalsWithRetryAfter() {
        HttpResponse<String> document = server.send(java.net.http.HttpRequest.newBuilder(
                server.base().resolve("/openapi")).header("Accept", "application/json").GET().build());
        JsonObject paths = ((JsonObject) WilayahServer.json(document)).getJsonObject("paths");
        for (String path : List.of("/api/editions/{from}/diff/{to}", "/api/export/{level}.csv")) {
            JsonObject responses = paths.getJsonObject(path).getJsonObject("get").getJsonObject("responses");
            for (String status : List.of("429", "503")) {
                JsonObject response = responses.getJsonObject(status);
                assertNotNull(response, path + " documents " + status);
                assertNotNull(response.getJsonObject("headers").getJsonObject("Retry-After"),
                        path + " " + status + " names Retry-After");
            }
        }
    }

    @Test
    void unknownCodesAre404Problems() {
        assertTrue(problem("/api/provinsi/99", 404).getString("detail").contains("99"));
        problem("/api/kota/3299", 404);
        problem("/api/kecamatan/329999", 404);
        problem("/api/kelurahan/3299999999", 404);
        problem("/api/kodepos/00000", 404);
    }

    @Test
    void malformedInputIsA400Problem() {
        assertTrue(problem("/api/kota/32", 400).getString("detail").contains("4 digits"));
        problem("/api/provinsi/abc", 400);
        problem("/api/kelurahan/32..04", 400);
        problem("/api/kota?kode_provinsi=x1", 400);
        problem("/api/kodepos/4038", 400);
        problem("/api/search?q=ab", 400);
        problem("/api/search?q=%20%20ab%20", 400);
        problem("/api/search", 400);
        problem("/api/search?q=bandung&limit=0", 400);
        problem("/api/provinsi?name=" + "x".repeat(500), 400);
        problem("/api/kecamatan/%27%20OR%201=1", 400);
    }

    @Test
    void unknownPathsWithAKeyAre404Problems() {
        problem("/api/nothing-here", 404);
    }
}
