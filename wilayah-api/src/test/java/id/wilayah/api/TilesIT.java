package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * CONTRACT §5's vector tiles on the deployed WAR, pinned to the bundled edition (whose boundaries this suite stores
 * for provinces, regencies and districts). Tiles are read back with the encoder's own decoder.
 */
class TilesIT extends DeployedWar {
    private static final Duration GEOGRAPHY_TIMEOUT = Duration.ofMinutes(3);
    private static final String EDITION = "?edition=kemendagri-2025";
    /** Zoom 10 over Bandung: Kabupaten Bandung, its districts (shown from zoom 8) and Jawa Barat. */
    private static final String BANDUNG = "/api/tiles/10/818/532.mvt";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String key;

    @BeforeEach
    void awaitGeography() throws Exception {
        key = server.initialApiKey();
        Instant deadline = Instant.now().plus(GEOGRAPHY_TIMEOUT);
        while (fetch(BANDUNG + EDITION, key, null).statusCode() == 503) {
            assertTrue(Instant.now().isBefore(deadline), "geography not served after " + GEOGRAPHY_TIMEOUT);
            Thread.sleep(500);
        }
    }

    @Test
    void aBandungTileIsAVectorTileWithOneLayerPerLevelShownAtItsZoom() throws Exception {
        HttpResponse<byte[]> response = fetch(BANDUNG + EDITION, key, null);
        assertEquals(200, response.statusCode(), () -> new String(response.body()));
        assertEquals("application/vnd.mapbox-vector-tile", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("kemendagri-2025", response.headers().firstValue("X-Wilayah-Edition").orElse(""));
        JtsMvt tile = MvtReader.loadMvt(new ByteArrayInputStream(response.body()), new GeometryFactory(),
                new TagKeyValueMapConverter());
        assertEquals(List.of("provinsi", "kota", "kecamatan"), tile.getLayers().stream().map(JtsLayer::getName)
                .toList(), "no village boundaries in this suite, and kelurahan only from zoom 11");
        assertTrue(properties(tile.getLayer("kota")).contains(Map.of("code", "3204", "name", "KABUPATEN BANDUNG")),
                () -> properties(tile.getLayer("kota")).toString());
        assertTrue(properties(tile.getLayer("kecamatan")).contains(Map.of("code", "320431", "name", "KERTASARI")),
                () -> properties(tile.getLayer("kecamatan")).toString());
        assertTrue(properties(tile.getLayer("provinsi")).contains(Map.of("code", "32", "name", "JAWA BARAT")));
    }

    @Test
    void aTileCarriesAnETagAndAnUnchangedTileIs304() throws Exception {
        HttpResponse<byte[]> first = fetch(BANDUNG + EDITION, key, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = fetch(BANDUNG + EDITION, key, etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        String other = fetch("/api/tiles/10/818/531.mvt" + EDITION, key, null).headers().firstValue("ETag")
                .orElseThrow();
        assertTrue(!other.equals(etag), "every tile its own ETag");
    }

    /** As a map's browser asks: the same tile, gzip-compressed, and Vary tells shared caches so. */
    @Test
    void aClientAcceptingGzipGetsTheTileCompressed() throws Exception {
        byte[] plain = fetch(BANDUNG + EDITION, key, null).body();
        HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(server.base().resolve(BANDUNG + EDITION))
                .header("X-API-Key", key).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.headers().allValues("Vary").toString().contains("Accept-Encoding"),
                gzipped.headers().map().toString());
        assertTrue(gzipped.body().length < plain.length, gzipped.body().length + " of " + plain.length + " bytes");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void aTileWithNothingInItIs204() throws Exception {
        HttpResponse<byte[]> sea = fetch("/api/tiles/6/40/40.mvt" + EDITION, key, null);
        assertEquals(204, sea.statusCode(), "the Indian Ocean");
        assertEquals(0, sea.body().length);
        String etag = sea.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, fetch("/api/tiles/6/40/40.mvt" + EDITION, key, etag).statusCode(),
                "a map need not ask for the sea again");
    }

    @Test
    void aTileThatDoesNotExistIs400AsProblemJson() throws Exception {
        for (String bad : new String[] {"17/0/0", "3/8/0", "3/0/8", "a/0/0", "5/1.5/0", "5/-1/0"}) {
            HttpResponse<byte[]> response = fetch("/api/tiles/" + bad + ".mvt", key, null);
            assertEquals(400, response.statusCode(), bad);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), bad);
        }
    }

    @Test
    void editionsAreChosenAsEverywhereAndKeysAreRequired() throws Exception {
        assertEquals(404, fetch(BANDUNG + "?edition=no-such-edition", key, null).statusCode());
        assertEquals(401, fetch(BANDUNG + EDITION, null, null).statusCode());
    }

    private static List<Object> properties(JtsLayer layer) {
        return layer.getGeometries().stream().map(feature -> feature.getUserData()).toList();
    }

    private HttpResponse<byte[]> fetch(String path, String apiKey, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
