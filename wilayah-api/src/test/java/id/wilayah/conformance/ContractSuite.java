package id.wilayah.conformance;

import static id.wilayah.conformance.ContractClient.json;
import static id.wilayah.conformance.ContractClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Black-box checks of every rule of the HTTP contract (CONTRACT.md), for any server: subclasses say where it is and
 * which key to use. Expects the Kemendagri 2025 edition to be active; the BPS seed examples run when the server holds
 * an edition named by {@link #bpsEdition()} (pinned) or any ready BPS edition (translated through with ?codes=bps).
 */
public abstract class ContractSuite {
    protected abstract ContractClient client();

    /** An origin the server allows for CORS, or null when the server under test has CORS off. */
    protected String allowedOrigin() {
        return System.getProperty("wilayah.cors-origin");
    }

    protected String bpsEdition() {
        return System.getProperty("wilayah.bps-edition", "bps-2018");
    }

    private HttpResponse<byte[]> ok(String path) {
        HttpResponse<byte[]> response = client().get(path);
        assertEquals(200, response.statusCode(), () -> path + " -> " + text(response));
        return response;
    }

    private JsonArray array(String path) {
        return (JsonArray) json(ok(path));
    }

    private JsonObject object(String path) {
        return (JsonObject) json(ok(path));
    }

    private JsonObject problem(String path, int status) {
        HttpResponse<byte[]> response = client().get(path);
        assertEquals(status, response.statusCode(), () -> path + " -> " + text(response));
        assertEquals("application/problem+json", contentType(response), path);
        JsonObject problem = (JsonObject) json(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"));
        return problem;
    }

    private JsonObject statusMessage(String path, int status) {
        HttpResponse<byte[]> response = client().get(path);
        assertEquals(status, response.statusCode(), () -> path + " -> " + text(response));
        JsonObject error = (JsonObject) json(response);
        assertEquals(status, error.getInt("statusCode"), error::toString);
        assertFalse(error.getString("message").isBlank());
        assertEquals(2, error.size(), error::toString);
        return error;
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    // ---- /nusantara (CONTRACT §2)

    @Test
    void nusantaraListsArePagesOfTenWithMeta() {
        JsonObject page = object("/nusantara/provinsi");
        assertEquals(10, page.getJsonArray("data").size());
        JsonObject meta = page.getJsonObject("meta");
        assertEquals(10, meta.getInt("limit"));
        assertEquals(1, meta.getInt("page"));
        assertEquals(38, meta.getInt("total"));
        JsonObject aceh = page.getJsonArray("data").getJsonObject(0);
        assertEquals("11", aceh.getString("code"));
        assertEquals("ACEH", aceh.getString("province"));
        JsonObject last = object("/nusantara/provinsi?page=4&limit=10");
        assertEquals(8, last.getJsonArray("data").size());
        assertEquals(0, object("/nusantara/provinsi?page=5").getJsonArray("data").size());
    }

    @Test
    void nusantaraRegenciesCarryTheirTypeAndProvince() {
        JsonObject page = object("/nusantara/kabupaten?provinsiCode=36&limit=100");
        JsonArray data = page.getJsonArray("data");
        assertEquals(8, page.getJsonObject("meta").getInt("total"));
        for (JsonObject regency : data.getValuesAs(JsonObject.class)) {
            assertEquals("36", regency.getString("province"));
            assertTrue(regency.getString("regency").matches("(KABUPATEN|KOTA) .+"), regency::toString);
        }
        assertTrue(data.contains(JsonValueOf.object("code", "3602", "province", "36", "regency", "KABUPATEN LEBAK",
                "type", "Kabupaten")), data::toString);
        assertEquals("Kota", object("/nusantara/kabupaten/3673").getString("type"));
    }

    /** As the replaced API: limit=0 counts, a large limit fills a client's cache, a name keeps its spaces. */
    @Test
    void nusantaraCountsWithLimitZeroAndListsEverythingWithALargeLimit() {
        JsonObject count = object("/nusantara/kabupaten?limit=0");
        assertTrue(count.getJsonArray("data").isEmpty());
        assertEquals(0, count.getJsonObject("meta").getInt("limit"));
        int regencies = count.getJsonObject("meta").getInt("total");
        assertTrue(regencies > 500, count::toString);

        JsonObject all = object("/nusantara/kecamatan?limit=10000");
        assertEquals(all.getJsonObject("meta").getInt("total"), all.getJsonArray("data").size());
        assertTrue(all.getJsonArray("data").size() > 7000, "every district");

        JsonArray laterWord = object("/nusantara/kabupaten?provinsiCode=36&name=%20lebak").getJsonArray("data");
        assertEquals(List.of("3602"), laterWord.getValuesAs(JsonObject.class).stream()
                .map(regency -> regency.getString("code")).toList());
        assertTrue(object("/nusantara/kabupaten?provinsiCode=36&name=%20kabupaten").getJsonArray("data").isEmpty(),
                "KABUPATEN is the first word, so no name has it after a space");
    }

    @Test
    void nusantaraFiltersByParentAndName() {
        JsonArray data = object("/nusantara/kecamatan?kabkotCode=3674&name=serpong").getJsonArray("data");
        assertEquals(List.of("367401", "367402"), data.getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("code")).toList());
        assertEquals(JsonValueOf.object("code", "367401", "regency", "3674", "district", "SERPONG"),
                data.getJsonObject(0));
        JsonObject village = object("/nusantara/kelurahan?kecamatanCode=320431&limit=1").getJsonArray("data")
                .getJsonObject(0);
        assertEquals(List.of("code", "district", "village", "postalCode"), List.copyOf(village.keySet()));
        assertEquals("320431", village.getString("district"));
        assertTrue(village.getString("postalCode").matches("\\d{5}(,\\d{5})*"));
    }

    @Test
    void nusantaraNoMatchIsAnEmptyPage() {
        JsonObject page = object("/nusantara/kabupaten?name=zzzzzz");
        assertTrue(page.getJsonArray("data").isEmpty());
        assertEquals(0, page.getJsonObject("meta").getInt("total"));
    }

    @Test
    void nusantaraCodeOverridesFiltersAndAnswersTheBareItemOrNull() {
        assertEquals(JsonValueOf.object("code", "36", "province", "BANTEN"),
                object("/nusantara/provinsi?code=36&name=jawa&page=3"));
        assertEquals(JsonValueOf.object("code", "367401", "regency", "3674", "district", "SERPONG"),
                object("/nusantara/kecamatan?code=36.74.01&kabkotCode=3201"));
        HttpResponse<byte[]> none = ok("/nusantara/kecamatan?code=999999");
        assertEquals("null", text(none).strip());
    }

    @Test
    void nusantaraItemByCodeOr404InItsOwnShape() {
        assertEquals("BANTEN", object("/nusantara/provinsi/36").getString("province"));
        assertEquals("KABUPATEN LEBAK", object("/nusantara/kabupaten/3602").getString("regency"));
        assertEquals("SERPONG", object("/nusantara/kecamatan/367401").getString("district"));
        assertEquals("320431", object("/nusantara/kelurahan/3204312005").getString("district"));
        assertEquals("province not found", statusMessage("/nusantara/provinsi/99", 404).getString("message"));
        assertEquals("regency not found", statusMessage("/nusantara/kabupaten/9999", 404).getString("message"));
        assertEquals("district not found", statusMessage("/nusantara/kecamatan/999999", 404).getString("message"));
        assertEquals("village not found", statusMessage("/nusantara/kelurahan/9999999999", 404).getString("message"));
    }

    @Test
    void nusantaraBadPageOrLimitIs400InItsOwnShape() {
        for (String query : List.of("page=0", "page=-1", "page=abc", "page=99999999999", "limit=-5", "limit=x",
                "limit=99999999999")) {
            statusMessage("/nusantara/kabupaten?" + query, 400);
        }
    }

    @Test
    void nusantaraNeedsAKeyAndAnswers401InItsOwnShape() {
        HttpResponse<byte[]> response = client().send(client().request("/nusantara/provinsi").GET().build());
        assertEquals(401, response.statusCode());
        assertEquals(401, ((JsonObject) json(response)).getInt("statusCode"));
    }

    @Test
    void bpsSeedExamplesWhenThatEditionIsPinned() {
        assumeTrue(editionNames().contains(bpsEdition()), "server holds no " + bpsEdition() + " edition");
        String pin = "edition=" + bpsEdition();
        JsonObject kertasari = object("/nusantara/kecamatan?code=3204050&" + pin);
        assertEquals("KERTASARI", kertasari.getString("district"));
        assertEquals("3204", kertasari.getString("regency"));
        JsonArray villages = array("/api/kelurahan?kode_kecamatan=3204050&" + pin);
        assertTrue(villages.getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("name").equals("NEGLAWANGI") && v.getString("code").equals("3204050001")),
                villages::toString);
        assertEquals(bpsEdition(), header(ok("/api/kecamatan/3204050?" + pin), "X-Wilayah-Edition").orElse(""));
    }

    @Test
    void aParentsListIsTheOneOfTheEditionThatAnswers() {
        assumeTrue(editionNames().contains(bpsEdition()), "server holds no " + bpsEdition() + " edition");
        JsonArray active = array("/api/kecamatan?kode_kota=3204");
        JsonArray pinned = array("/api/kecamatan?kode_kota=3204&edition=" + bpsEdition());
        List<String> codes = pinned.getValuesAs(JsonObject.class).stream().map(district -> district.getString("code"))
                .toList();
        // The seed of the integration tests has Kertasari only, a server's staged bps-2018 all of the regency's.
        assertTrue(codes.contains("3204050") && codes.stream().allMatch(code -> code.matches("3204\\d{3}")),
                codes::toString);
        assertTrue(active.size() > 20, active::toString);
        assertEquals(active, array("/api/kecamatan?kode_kota=3204"));
    }

    @Test
    void bpsSeedExamplesInBpsCodesFromTheActiveEdition() throws InterruptedException {
        HttpResponse<byte[]> probe = client().get("/api/kota/1101?codes=bps");
        for (int i = 0; i < 100 && probe.statusCode() == 409; i++) {
            Thread.sleep(100);
            probe = client().get("/api/kota/1101?codes=bps");
        }
        assumeTrue(probe.statusCode() != 409, "server holds no BPS edition to translate through");
        HttpResponse<byte[]> answer = ok("/api/kecamatan/3204050?codes=bps");
        assertEquals("BPS", header(answer, "X-Wilayah-Codes").orElse(""));
        assertEquals("kemendagri-2025", header(answer, "X-Wilayah-Edition").orElse(""));
        JsonObject kertasari = (JsonObject) json(answer);
        assertEquals("3204050", kertasari.getString("code"));
        assertEquals("KERTASARI", kertasari.getString("name"));
        assertEquals("3204", kertasari.getJsonObject("city").getString("code"));
        assertEquals("32", kertasari.getJsonObject("province").getString("code"));
        JsonArray villages = array("/api/kelurahan?kode_kecamatan=3204050&codes=bps");
        assertTrue(villages.getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("code").equals("3204050001") && v.getString("name").equals("NEGLAWANGI")
                        && v.getString("postal_code").equals("40386")
                        && v.getString("district_code").equals("3204050")),
                villages::toString);
        assertEquals(Json.createObjectBuilder().add("code", "3674020").add("regency", "3674").add("district", "SERPONG")
                .build(), object("/nusantara/kecamatan?code=3674020&codes=bps"));
        assertTrue(object("/api/kota/1101?codes=bps").getString("name").contains("SIMEULUE"));
        assertTrue(object("/api/kota/1101?codes=kemendagri").getString("name").contains("ACEH SELATAN"));
        assertEquals("KEMENDAGRI", header(ok("/api/kota/1101?codes=kemendagri"), "X-Wilayah-Codes").orElse(""));
        problem("/api/kota/1101?codes=ebcdic", 400);
    }

    // ---- /api lists: pagination, streaming, gzip

    @Test
    void pagedListsCarryTotalAndLinks() {
        HttpResponse<byte[]> response = ok("/api/kelurahan?kode_kecamatan=320431&page=2&limit=3");
        JsonArray page = (JsonArray) json(response);
        assertEquals(3, page.size());
        int total = Integer.parseInt(header(response, "X-Total-Count").orElseThrow());
        assertEquals(array("/api/kelurahan?kode_kecamatan=320431").size(), total);
        String link = header(response, "Link").orElseThrow();
        assertTrue(link.contains("rel=\"next\"") && link.contains("page=3"), link);
        assertTrue(link.contains("rel=\"prev\"") && link.contains("page=1"), link);
        assertTrue(link.contains("rel=\"last\"") && link.contains("rel=\"first\""), link);
        assertTrue(link.contains("kode_kecamatan=320431"), link);
        assertEquals(page.getJsonObject(0), array("/api/kelurahan?kode_kecamatan=320431").getJsonObject(3));
    }

    @Test
    void badPageOrLimitIs400Problem() {
        problem("/api/provinsi?page=0", 400);
        problem("/api/provinsi?limit=1001", 400);
        problem("/api/provinsi?page=x&limit=10", 400);
    }

    @Test
    void theWholeVillageListStreamsGzipCompressed() {
        HttpResponse<byte[]> response = client().send(client().request("/api/kelurahan")
                .header("X-API-Key", client().apiKey()).header("Accept-Encoding", "gzip").GET().build());
        assertEquals(200, response.statusCode());
        assertEquals("gzip", header(response, "Content-Encoding").orElse(""));
        int total = Integer.parseInt(header(ok("/api/kelurahan?limit=1"), "X-Total-Count").orElseThrow());
        assertEquals(total, ((JsonArray) json(response)).size());
        assertTrue(response.body().length * 4 < text(response).length(), "compressed well");
    }

    // ---- search

    @Test
    void searchRanksExactAndPrefixFirstAndLimitsEachGroup() {
        JsonObject groups = array("/api/search?q=bandung").getJsonObject(0);
        assertTrue(groups.getJsonArray("kecamatan").getJsonObject(0).getString("name").startsWith("BANDUNG"));
        JsonObject limited = array("/api/search?q=bandung&limit=2").getJsonObject(0);
        for (String group : List.of("provinsi", "kota", "kecamatan", "kelurahan")) {
            assertTrue(limited.getJsonArray(group).size() <= 2, group);
        }
        assertEquals(2, limited.getJsonArray("kelurahan").size());
    }

    @Test
    void fuzzySearchToleratesTypos() {
        assertTrue(array("/api/search?q=bandug").getJsonObject(0).getJsonArray("kota").isEmpty());
        JsonObject fuzzy = array("/api/search?q=bandug&fuzzy=true").getJsonObject(0);
        assertTrue(names(fuzzy.getJsonArray("kota")).contains("KABUPATEN BANDUNG"), fuzzy::toString);
        JsonObject yogya = array("/api/search?q=jogjakarta&fuzzy=true").getJsonObject(0);
        assertTrue(names(yogya.getJsonArray("provinsi")).stream().anyMatch(n -> n.contains("YOGYAKARTA")),
                yogya::toString);
    }

    private static List<String> names(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    // ---- NIK

    @Test
    void decodesANik() {
        JsonObject man = object("/api/nik/3204310501900001");
        assertEquals("32", man.getJsonObject("province").getString("code"));
        assertEquals("KABUPATEN BANDUNG", man.getJsonObject("city").getString("name"));
        assertEquals("KERTASARI", man.getJsonObject("district").getString("name"));
        assertEquals("1990-01-05", man.getString("birth_date"));
        assertEquals("male", man.getString("sex"));
        JsonObject woman = object("/api/nik/3204314502050002");
        assertEquals("2005-02-05", woman.getString("birth_date"));
        assertEquals("female", woman.getString("sex"));
    }

    @Test
    void badNiksAre400WithTheReason() {
        assertTrue(problem("/api/nik/320431050190", 400).getString("detail").contains("16 digits"));
        assertTrue(problem("/api/nik/3204313201900001", 400).getString("detail").contains("day 32"));
        assertTrue(problem("/api/nik/3204310513900001", 400).getString("detail").contains("birth date"));
        assertTrue(problem("/api/nik/9904310501900001", 400).getString("detail").contains("unknown region"));
        assertTrue(problem("/api/nik/3204990501900001", 400).getString("detail").contains("unknown region"));
    }

    // ---- editions, meta, export, pinning

    private List<String> editionNames() {
        return array("/api/editions").getValuesAs(JsonObject.class).stream().map(e -> e.getString("name")).toList();
    }

    @Test
    void editionsListTheActiveOneWithCounts() {
        JsonObject active = array("/api/editions").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getBoolean("active")).findFirst().orElseThrow();
        assertEquals("kemendagri-2025", active.getString("name"));
        assertEquals("KEMENDAGRI", active.getString("code_system"));
        assertEquals(83762, active.getJsonObject("counts").getInt("kelurahan"));
        assertFalse(active.isNull("imported_at"));
        assertFalse(active.isNull("activated_at"));
    }

    @Test
    void metaNamesTheActiveEditionAndCounts() {
        JsonObject meta = object("/api/meta");
        assertEquals("kemendagri-2025", meta.getString("edition"));
        assertEquals(38, meta.getJsonObject("counts").getInt("provinsi"));
        assertEquals(7285, meta.getJsonObject("counts").getInt("kecamatan"));
    }

    @Test
    void exportsALevelAsCsvInTheImportLayout() {
        HttpResponse<byte[]> response = ok("/api/export/regencies.csv");
        assertEquals("text/csv", contentType(response));
        String[] lines = text(response).split("\r\n");
        assertEquals("code,province_code,name,type", lines[0]);
        assertEquals(515, lines.length);
        assertTrue(List.of(lines).contains("3204,32,KABUPATEN BANDUNG,KABUPATEN"));
        problem("/api/export/planets.csv", 400);
    }

    @Test
    void unknownPinnedEditionIs404InBothShapes() {
        problem("/api/provinsi?edition=no-such-edition", 404);
        statusMessage("/nusantara/provinsi?edition=no-such-edition", 404);
    }

    @Test
    void responsesNameTheEditionThatAnswered() {
        assertEquals("kemendagri-2025", header(ok("/api/provinsi/32"), "X-Wilayah-Edition").orElse(""));
        assertEquals("kemendagri-2025", header(ok("/nusantara/provinsi/32"), "X-Wilayah-Edition").orElse(""));
        assertEquals("kemendagri-2025",
                header(ok("/api/provinsi/32?edition=kemendagri-2025"), "X-Wilayah-Edition").orElse(""));
    }

    // ---- caching and CORS

    @Test
    void etagRevalidationAnswers304WithoutABody() {
        HttpResponse<byte[]> first = ok("/api/kota?kode_provinsi=32");
        String etag = header(first, "ETag").orElseThrow();
        assertTrue(header(first, "Cache-Control").orElse("").contains("max-age"));
        HttpResponse<byte[]> again = client().send(client().request("/api/kota?kode_provinsi=32")
                .header("X-API-Key", client().apiKey()).header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertNotEquals(etag, header(ok("/api/kota?kode_provinsi=31"), "ETag").orElseThrow());
        HttpResponse<byte[]> stale = client().send(client().request("/api/kota?kode_provinsi=32")
                .header("X-API-Key", client().apiKey()).header("If-None-Match", "\"something-else\"").GET().build());
        assertEquals(200, stale.statusCode());
        HttpResponse<byte[]> nusantara = ok("/nusantara/provinsi");
        HttpResponse<byte[]> revalidated = client().send(client().request("/nusantara/provinsi")
                .header("X-API-Key", client().apiKey())
                .header("If-None-Match", header(nusantara, "ETag").orElseThrow()).GET().build());
        assertEquals(304, revalidated.statusCode());
    }

    @Test
    void corsHeadersOnlyForAllowedOrigins() {
        HttpResponse<byte[]> foreign = client().send(client().request("/api/provinsi/32")
                .header("X-API-Key", client().apiKey()).header("Origin", "https://not-allowed.example").GET().build());
        assertTrue(header(foreign, "Access-Control-Allow-Origin").isEmpty());
        String origin = allowedOrigin();
        assumeTrue(origin != null && !origin.isBlank(), "no allowed CORS origin given (-Dwilayah.cors-origin)");
        HttpResponse<byte[]> preflight = client().send(client().request("/api/provinsi")
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-api-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(preflight.statusCode() == 200 || preflight.statusCode() == 204, () -> "" + preflight.statusCode());
        assertEquals(origin, header(preflight, "Access-Control-Allow-Origin").orElse(""));
        assertTrue(header(preflight, "Access-Control-Allow-Headers").orElse("").toLowerCase().contains("x-api-key"));
        HttpResponse<byte[]> actual = client().send(client().request("/nusantara/provinsi/32")
                .header("X-API-Key", client().apiKey()).header("Origin", origin).GET().build());
        assertEquals(origin, header(actual, "Access-Control-Allow-Origin").orElse(""));
        assertTrue(header(actual, "Access-Control-Expose-Headers").orElse("").contains("ETag"));
    }

    // ---- native rows and common rules (CONTRACT §1, common rules)

    @Test
    void nativeRowsAnswerTheirShapes() {
        JsonObject province = object("/api/provinsi/32");
        assertEquals(JsonValueOf.object("code", "32", "name", "JAWA BARAT"),
                Json.createObjectBuilder(province).remove("lat").remove("lng").build(),
                "code and name, and lat/lng (CONTRACT §5) once the edition's geography is in memory");
        assertEquals(JsonValueOf.object("code", "3204", "name", "KABUPATEN BANDUNG", "province_code", "32"),
                array("/api/kota?kode_provinsi=32&name=kabupaten bandung".replace(" ", "%20")).getJsonObject(0));
        assertEquals("KERTASARI", object("/api/kecamatan/32.04.31").getString("name"));
        JsonObject village = object("/api/kelurahan/%2032.04.31.2005%20");
        assertEquals("KERTASARI", village.getJsonObject("sub_district").getString("name"));
        assertFalse(array("/api/kodepos/40386").isEmpty());
        problem("/api/kota/32", 400);
        problem("/api/kecamatan/12345", 400);
        problem("/api/provinsi/99", 404);
    }

    @Test
    void nameFiltersAreLiteralCaseInsensitiveSubstrings() {
        assertTrue(names(array("/api/kecamatan?name=pong")).containsAll(List.of("SERPONG", "CIPONGKOR")));
        assertTrue(array("/api/kota?name=%25").isEmpty());
        assertTrue(array("/api/kota?name=_").isEmpty());
    }

    @Test
    void everyDataRequestNeedsAValidKey() {
        for (String path : List.of("/api/provinsi", "/api/nik/3204310501900001", "/api/editions", "/api/meta",
                "/api/export/provinces.csv")) {
            HttpResponse<byte[]> response = client().send(client().request(path).GET().build());
            assertEquals(401, response.statusCode(), path);
            assertEquals("application/problem+json", contentType(response));
        }
        HttpResponse<byte[]> wrong = client().send(client().request("/api/provinsi").header("X-API-Key", "wly_wrong")
                .GET().build());
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void openApiDocumentAndUiNeedNoKey() {
        HttpResponse<byte[]> document = client().send(client().request("/openapi").GET().build());
        assertEquals(200, document.statusCode());
        String openapi = text(document);
        assertTrue(openapi.startsWith("openapi: 3") || openapi.contains("\"openapi\""), openapi.substring(0, 40));
        for (String path : List.of("/api/nik/{nik}", "/api/editions", "/api/meta", "/api/export/{level}.csv",
                "/nusantara/kecamatan", "/nusantara/kelurahan/{code}", "/api/search")) {
            assertTrue(openapi.contains(path), path);
        }
        assertTrue(openapi.contains("name: edition") || openapi.contains("\"name\" : \"edition\""),
                "?edition= is documented");
        assertTrue(openapi.contains("The database is unreachable; retry after Retry-After"),
                "admin operations document their 503 during a database outage");
        HttpResponse<byte[]> ui = client().send(client().request("/openapi-ui/").GET().build());
        assertEquals(200, ui.statusCode());
        String page = text(ui);
        assertTrue(page.contains("swagger-ui-bundle.js"), page);
        String script = page.replaceAll("(?s).*src=\"\\.\\./(webjars/[^\"]+swagger-ui-bundle\\.js)\".*", "$1");
        assertEquals(200, client().send(client().request("/" + script).GET().build()).statusCode(), script);
    }

    /** Small JSON literals for equality assertions. */
    static final class JsonValueOf {
        private JsonValueOf() {
        }

        static JsonObject object(String... keysAndValues) {
            var builder = jakarta.json.Json.createObjectBuilder();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                builder.add(keysAndValues[i], keysAndValues[i + 1]);
            }
            return builder.build();
        }
    }
}
