package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.SeedEdition;
import id.wilayah.testsupport.SeededEdition;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keys that speak BPS codes (CONTRACT §4) against the active kemendagri-2025, translated through a small BPS edition
 * seeded into the test database (the examples of the replaced APIs' documentation): the seed examples with a BPS key
 * on both surfaces, ?codes= both ways, X-Wilayah-Codes, a region without counterpart marked and never given another
 * region's code, and the key's code system set and changed over the admin API. The active edition is never changed.
 */
class CodeSystemsIT extends DeployedWar {
    private static final String BPS = "bps-seed-codes";
    @RegisterExtension
    static final SeededEdition SEED = SeededEdition.of(() -> SeedEdition.bpsExamples(BPS));
    private static String adminKey;
    private static long bpsKeyId;
    private static String bpsKey;

    private String readKey;

    @BeforeEach
    void seedAndCreateTheBpsKey() throws InterruptedException {
        readKey = server.initialApiKey();
        if (adminKey == null) {
            adminKey = TestKeys.adminKey();
            HttpResponse<String> created = send("POST", "/api/admin/keys", adminKey,
                    "{\"name\":\"bps client\",\"codeSystem\":\"BPS\"}");
            assertEquals(201, created.statusCode(), created::body);
            JsonObject issued = (JsonObject) WilayahServer.json(created);
            bpsKeyId = issued.getJsonNumber("id").longValue();
            bpsKey = issued.getString("secret");
        }
        SEED.awaitServed(() -> server.get("/api/kota/1101", bpsKey).body().contains("SIMEULUE"));
    }

    @Test
    void aBpsKeyIsAnsweredTheSeedExamplesInBpsCodesFromTheActiveEdition() {
        HttpResponse<String> kertasari = server.get("/api/kecamatan/3204050", bpsKey);
        assertEquals(200, kertasari.statusCode(), kertasari::body);
        assertEquals("BPS", kertasari.headers().firstValue("X-Wilayah-Codes").orElse(""));
        assertEquals("kemendagri-2025", kertasari.headers().firstValue("X-Wilayah-Edition").orElse(""));
        JsonObject district = (JsonObject) WilayahServer.json(kertasari);
        assertEquals("3204050", district.getString("code"));
        assertEquals("KERTASARI", district.getString("name"));
        assertEquals("3204", district.getJsonObject("city").getString("code"));
        assertEquals("32", district.getJsonObject("province").getString("code"));
        assertFalse(district.containsKey("untranslated"), district::toString);

        JsonArray villages = array("/api/kelurahan?kode_kecamatan=3204050", bpsKey);
        JsonObject neglawangi = villages.getValuesAs(JsonObject.class).stream()
                .filter(village -> village.getString("name").equals("NEGLAWANGI")).findFirst().orElseThrow();
        assertEquals(Json.createObjectBuilder().add("code", "3204050001").add("name", "NEGLAWANGI")
                .add("postal_code", "40386").add("district_code", "3204050").build(), neglawangi);

        HttpResponse<String> serpong = server.get("/nusantara/kecamatan?code=3674020", bpsKey);
        assertEquals(200, serpong.statusCode(), serpong::body);
        assertEquals("{\"code\":\"3674020\",\"regency\":\"3674\",\"district\":\"SERPONG\"}", serpong.body());
        assertEquals("BPS", serpong.headers().firstValue("X-Wilayah-Codes").orElse(""));

        JsonObject simeulue = object("/api/kota/1101", bpsKey);
        assertTrue(simeulue.getString("name").contains("SIMEULUE"), simeulue::toString);
        assertEquals("11", simeulue.getJsonObject("province").getString("code"));
    }

    @Test
    void aRegionWithoutBpsCounterpartKeepsItsCodeMarkedAndIsNeverGivenAnotherRegionsCode() {
        JsonArray aceh = array("/api/kota?kode_provinsi=11", bpsKey);
        JsonObject acehSelatan = aceh.getValuesAs(JsonObject.class).stream()
                .filter(regency -> regency.getString("name").contains("ACEH SELATAN")).findFirst().orElseThrow();
        assertEquals("1101", acehSelatan.getString("code"), "its own Kemendagri code");
        assertEquals(List.of("code"), acehSelatan.getJsonArray("untranslated").getValuesAs(JsonString::getString));
        assertTrue(object("/api/kota/1101", bpsKey).getString("name").contains("SIMEULUE"),
                "1101 read from a BPS key is SIMEULUE, never ACEH SELATAN");

        JsonObject jawaTengah = object("/api/provinsi/33", bpsKey);
        assertEquals(List.of("code"), jawaTengah.getJsonArray("untranslated").getValuesAs(JsonString::getString));
        HttpResponse<String> nusantara = server.get("/nusantara/provinsi?code=33", bpsKey);
        assertEquals("{\"code\":\"33\",\"province\":\"JAWA TENGAH\"}", nusantara.body());
        assertEquals("33", nusantara.headers().firstValue("X-Wilayah-Untranslated").orElse(""));

        assertEquals(404, server.get("/api/kecamatan/3204059", bpsKey).statusCode(), "an unknown BPS code");
        assertEquals("null", server.get("/nusantara/kecamatan?code=3204059", bpsKey).body());
    }

    @Test
    void codesOverridesTheKeysSystemBothWaysAndABadValueIsRefusedInEachSurfacesShape() {
        JsonObject kemendagri = object("/api/kecamatan/320431?codes=kemendagri", bpsKey);
        assertEquals("KERTASARI", kemendagri.getString("name"));
        HttpResponse<String> plain = server.get("/api/kota/1101?codes=KEMENDAGRI", bpsKey);
        assertEquals("KEMENDAGRI", plain.headers().firstValue("X-Wilayah-Codes").orElse(""));
        assertTrue(plain.body().contains("ACEH SELATAN"), plain::body);

        assertTrue(object("/api/kota/1101?codes=bps", readKey).getString("name").contains("SIMEULUE"));
        assertTrue(object("/api/kota/1101", readKey).getString("name").contains("ACEH SELATAN"));
        assertEquals("KEMENDAGRI", server.get("/api/kota/1101", readKey).headers().firstValue("X-Wilayah-Codes")
                .orElse(""));

        HttpResponse<String> bad = server.get("/api/whoami?codes=ebcdic", readKey);
        assertEquals(400, bad.statusCode(), bad::body);
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(((JsonObject) WilayahServer.json(bad)).getString("detail").contains("bps or kemendagri"));
        HttpResponse<String> badNusantara = server.get("/nusantara/provinsi?codes=ebcdic", readKey);
        assertEquals(400, badNusantara.statusCode(), badNusantara::body);
        assertEquals(400, ((JsonObject) WilayahServer.json(badNusantara)).getInt("statusCode"));
    }

    @Test
    void theSameRequestInAnotherCodeSystemHasAnotherEtag() {
        String bpsTag = server.get("/api/provinsi/32", bpsKey).headers().firstValue("ETag").orElseThrow();
        String kemendagriTag = server.get("/api/provinsi/32", readKey).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(bpsTag, kemendagriTag);
    }

    @Test
    void theAdminApiSetsChangesAndListsAKeysCodeSystem() {
        HttpResponse<String> created = send("POST", "/api/admin/keys", adminKey,
                "{\"name\":\"switching client\",\"code_system\":\"bps\"}");
        assertEquals(201, created.statusCode(), created::body);
        JsonObject issued = (JsonObject) WilayahServer.json(created);
        long id = issued.getJsonNumber("id").longValue();
        String secret = issued.getString("secret");
        assertEquals("BPS", object("/api/admin/keys/" + id, adminKey).getString("codeSystem"));
        assertTrue(object("/api/kota/1101", secret).getString("name").contains("SIMEULUE"));

        HttpResponse<String> changed = send("PATCH", "/api/admin/keys/" + id, adminKey,
                "{\"codeSystem\":\"KEMENDAGRI\"}");
        assertEquals(200, changed.statusCode(), changed::body);
        assertEquals("KEMENDAGRI", ((JsonObject) WilayahServer.json(changed)).getString("codeSystem"));
        assertTrue(object("/api/kota/1101", secret).getString("name").contains("ACEH SELATAN"),
                "the change applies to the key's next request");
        assertTrue(array("/api/admin/keys", adminKey).getValuesAs(JsonObject.class).stream()
                .anyMatch(key -> key.getJsonNumber("id").longValue() == bpsKeyId
                        && key.getString("codeSystem").equals("BPS")));

        assertEquals(400, send("PATCH", "/api/admin/keys/" + id, adminKey, "{\"codeSystem\":\"EBCDIC\"}")
                .statusCode());
        assertEquals(400, send("PATCH", "/api/admin/keys/" + id, adminKey, "{}").statusCode());
        assertEquals(400, send("POST", "/api/admin/keys", adminKey, "{\"name\":\"x\",\"codeSystem\":\"EBCDIC\"}")
                .statusCode());
        assertEquals(404, send("PATCH", "/api/admin/keys/999999", adminKey, "{\"codeSystem\":\"BPS\"}")
                .statusCode());
        assertEquals(403, send("PATCH", "/api/admin/keys/" + id, readKey, "{\"codeSystem\":\"BPS\"}").statusCode());
    }

    private HttpResponse<String> send(String method, String path, String key, String json) {
        return server.send(HttpRequest.newBuilder(server.base().resolve(path)).header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private JsonObject object(String path, String key) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        return (JsonObject) WilayahServer.json(response);
    }

    private JsonArray array(String path, String key) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        return (JsonArray) WilayahServer.json(response);
    }
}
