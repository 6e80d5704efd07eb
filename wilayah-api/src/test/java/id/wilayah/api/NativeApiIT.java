package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
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
