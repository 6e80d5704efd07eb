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
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CONTRACT §5 on the deployed WAR. The suite's first start stores the boundaries of provinces, regencies and districts
 * only (see the failsafe configuration), so village-level answers here are the "no village polygon" ones; the
 * villages' own correctness is BundledGeographyTest's.
 */
class GeographyApiIT extends DeployedWar {
    private static final Duration GEOGRAPHY_TIMEOUT = Duration.ofMinutes(3);
    private static final String BANDUNG_CITY = "lat=-6.9147&lng=107.6098";

    private String key;

    @BeforeEach
    void awaitGeography() throws InterruptedException {
        key = server.initialApiKey();
        Instant deadline = Instant.now().plus(GEOGRAPHY_TIMEOUT);
        while (server.get("/api/reverse?" + BANDUNG_CITY, key).statusCode() == 503) {
            assertTrue(Instant.now().isBefore(deadline), "geography not served after " + GEOGRAPHY_TIMEOUT);
            Thread.sleep(500);
        }
    }

    @Test
    void detailResponsesCarryTheInteriorPointWhereTheEditionHasABoundary() {
        JsonObject kota = object("/api/kota/3273");
        assertEquals("KOTA BANDUNG", kota.getString("name"));
        double lat = kota.getJsonNumber("lat").doubleValue();
        double lng = kota.getJsonNumber("lng").doubleValue();
        assertTrue(lat > -7.0 && lat < -6.8 && lng > 107.5 && lng < 107.8, kota::toString);
        assertTrue(object("/api/provinsi/32").containsKey("lat"));
        assertTrue(object("/api/kecamatan/320431").containsKey("lng"));
        JsonObject village = object("/api/kelurahan/3204312005");
        assertFalse(village.containsKey("lat") || village.containsKey("lng"), "no village boundary, no point");
        assertFalse(object("/nusantara/kabupaten/3273").containsKey("lat"), "/nusantara shapes are unchanged");
    }

    @Test
    void aBoundaryIsAGeoJsonFeatureInLongitudeLatitudeOrderWithETag() {
        HttpResponse<String> response = server.get("/api/kota/3273/boundary", key);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("application/geo+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject feature = parse(response.body());
        assertEquals("Feature", feature.getString("type"));
        JsonObject properties = feature.getJsonObject("properties");
        assertEquals("3273", properties.getString("code"));
        assertEquals("KOTA BANDUNG", properties.getString("name"));
        assertEquals("kota", properties.getString("level"));
        assertEquals(object("/api/kota/3273").getJsonNumber("lat"), properties.getJsonNumber("lat"));
        JsonObject geometry = feature.getJsonObject("geometry");
        assertEquals("MultiPolygon", geometry.getString("type"));
        JsonArray first = geometry.getJsonArray("coordinates").getJsonArray(0).getJsonArray(0).getJsonArray(0);
        assertEquals(107.6, first.getJsonNumber(0).doubleValue(), 0.2, "longitude first");
        assertEquals(-6.9, first.getJsonNumber(1).doubleValue(), 0.2, "latitude second");

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.base().resolve(
                "/api/kota/3273/boundary")).header("X-API-Key", key).header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals(401, server.get("/api/kota/3273/boundary", null).statusCode());
    }

    @Test
    void simplificationDropsPointsAndBadToleranceIs400() {
        int full = points(parse(server.get("/api/provinsi/32/boundary", key).body()));
        HttpResponse<String> simplified = server.get("/api/provinsi/32/boundary?simplify=1000", key);
        assertEquals(200, simplified.statusCode(), simplified::body);
        int fewer = points(parse(simplified.body()));
        assertTrue(fewer < full && fewer >= 4, full + " -> " + fewer);
        for (String bad : new String[] {"abc", "-5", "0", "1e9", "NaN"}) {
            assertProblem(server.get("/api/kota/3204/boundary?simplify=" + bad, key), 400);
        }
    }

    @Test
    void unknownRegionsAndMissingBoundariesAre404() {
        assertProblem(server.get("/api/kota/3299/boundary", key), 404);
        JsonObject missing = assertProblem(server.get("/api/kelurahan/3204312005/boundary", key), 404);
        assertTrue(missing.getString("detail").contains("No boundary"), missing::toString);
        assertProblem(server.get("/api/kota/32/boundary", key), 400);
        assertProblem(server.get("/api/kota/3273/boundary?edition=no-such-edition", key), 404);
    }

    @Test
    void aPinInBandungGivesItsDistrictCityAndProvince() {
        JsonObject answer = object("/api/reverse?" + BANDUNG_CITY);
        assertEquals("inside", answer.getString("match"));
        assertEquals(0, answer.getInt("distance_m"));
        assertEquals(JsonValue.NULL, answer.get("kelurahan"), "no village polygons in this suite's edition");
        assertTrue(answer.getJsonObject("kecamatan").getString("code").startsWith("3273"), answer::toString);
        assertEquals("KOTA BANDUNG", answer.getJsonObject("kota").getString("name"));
        assertEquals("JAWA BARAT", answer.getJsonObject("provinsi").getString("name"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, answer.getJsonArray("inferred"), "every answered level contains it");
    }

    /** An islet off Banyuwangi that the province's polygon covers and no regency's or district's does. */
    @Test
    void aPinOnAnIsletOnlyTheProvinceCoversGetsTheNearestRegencyAndDistrictAsInferred() {
        JsonObject answer = object("/api/reverse?lat=-8.574828&lng=113.9001");
        assertEquals("inside", answer.getString("match"), answer::toString);
        assertEquals(0, answer.getInt("distance_m"));
        assertEquals("35", answer.getJsonObject("provinsi").getString("code"));
        assertEquals("KABUPATEN BANYUWANGI", answer.getJsonObject("kota").getString("name"), answer::toString);
        assertTrue(answer.getJsonObject("kecamatan").getString("code").startsWith("3510"), answer::toString);
        assertEquals(JsonValue.NULL, answer.get("kelurahan"), "no village polygons in this suite's edition");
        assertEquals(Json.createArrayBuilder().add("kota").add("kecamatan").build(), answer.getJsonArray("inferred"));
    }

    @Test
    void aPinAtSeaGetsTheNearestRegionWithinRangeElse404() {
        JsonObject nearest = object("/api/reverse?lat=-6.05&lng=106.85");
        assertEquals("nearest", nearest.getString("match"), nearest::toString);
        assertTrue(nearest.getInt("distance_m") > 0 && nearest.getInt("distance_m") < 25_000, nearest::toString);
        assertEquals("31", nearest.getJsonObject("provinsi").getString("code"), "Jakarta Bay");
        assertNotNull(nearest.getJsonObject("kota"), nearest::toString);
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, nearest.getJsonArray("inferred"));
        assertProblem(server.get("/api/reverse?lat=-4.5&lng=110.5", key), 404);
        assertProblem(server.get("/api/reverse?lat=-6.05&lng=106.85&max_distance_km=0.1", key), 404);
    }

    @Test
    void badCoordinatesAre400WithAReason() {
        assertTrue(assertProblem(server.get("/api/reverse?lat=abc&lng=107", key), 400).getString("detail")
                .contains("lat"));
        assertProblem(server.get("/api/reverse?lat=91&lng=107", key), 400);
        assertProblem(server.get("/api/reverse?lat=-6.9&lng=-181", key), 400);
        assertProblem(server.get("/api/reverse?lat=-6.9", key), 400);
        assertProblem(server.get("/api/reverse?lat=-6.9&lng=107.6&max_distance_km=1000", key), 400);
        assertProblem(server.get("/api/nearby?lat=-6.9&lng=107.6&level=dusun", key), 400);
        assertProblem(server.get("/api/nearby?lat=-6.9&lng=107.6&limit=0", key), 400);
    }

    @Test
    void nearbyListsRegionsNearestFirst() {
        JsonArray near = array("/api/nearby?" + BANDUNG_CITY + "&level=kecamatan&radius_km=10&limit=3");
        assertEquals(3, near.size());
        int previous = -1;
        for (JsonObject district : near.getValuesAs(JsonObject.class)) {
            assertTrue(district.getString("code").startsWith("32"), district::toString);
            assertTrue(district.getInt("distance_m") >= previous && district.getInt("distance_m") <= 10_000);
            previous = district.getInt("distance_m");
            assertNotNull(district.getJsonNumber("lat"));
        }
        assertTrue(array("/api/nearby?" + BANDUNG_CITY).isEmpty(), "kelurahan by default; none stored here");
    }

    @Test
    void theExportStreamsAFeatureCollectionOfTheLevel() {
        HttpResponse<String> response = server.get("/api/export/provinsi.geojson", key);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("application/geo+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject collection = parse(response.body());
        assertEquals("FeatureCollection", collection.getString("type"));
        JsonArray features = collection.getJsonArray("features");
        assertEquals(38, features.size());
        assertEquals("11", features.getJsonObject(0).getJsonObject("properties").getString("code"));
        assertEquals(200, server.get("/api/export/provinces.geojson", key).statusCode());
        assertProblem(server.get("/api/export/dusun.geojson", key), 400);
    }

    private static int points(JsonObject feature) {
        int count = 0;
        for (JsonValue polygon : feature.getJsonObject("geometry").getJsonArray("coordinates")) {
            for (JsonValue ring : polygon.asJsonArray()) {
                count += ring.asJsonArray().size();
            }
        }
        return count;
    }

    private JsonObject object(String path) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        return (JsonObject) WilayahServer.json(response);
    }

    private JsonArray array(String path) {
        HttpResponse<String> response = server.get(path, key);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        return (JsonArray) WilayahServer.json(response);
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response::toString);
        return parse(response.body());
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
