package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.testsupport.Corpus;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Boundaries travel with an edition: the first start stores the bundled pack's configured levels after the regions
 * are served, an upload may carry a GeoJSON FeatureCollection per level, and one broken Feature rejects the upload
 * with its file and Feature number, keeping nothing.
 */
class GeographyImportIT extends DeployedWar {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String[] FILES = {"provinces", "regencies", "districts", "villages"};
    private static String adminKey;

    @BeforeEach
    void connect() {
        if (adminKey == null) {
            adminKey = TestKeys.adminKey();
        }
    }

    @Test
    void theFirstStartStoresTheConfiguredLevelsBoundariesAfterTheRegionsAreServed() throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        String geography = "";
        while (Instant.now().isBefore(deadline) && !geography.startsWith("available")) {
            JsonObject readModel = readModelHealth();
            assertEquals("UP", readModel.getString("status"), "the region API is ready meanwhile");
            geography = readModel.getJsonObject("data").getString("geography");
            Thread.sleep(500);
        }
        assertEquals("available (38 provinsi, 514 kota, 7285 kecamatan, 0 kelurahan)", geography);
        assertEquals("7285", database("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'kemendagri-2025' and g.level = 'DISTRICT'"));
    }

    @Test
    void anUploadStoresTheBoundariesOfEachLevelWithItsEdition() {
        Multipart form = upload("geo-small", "geo", true);
        JsonObject run = awaitRun(send(form));

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals("12", database("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'geo-small'"));
        assertEquals("4", database("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'geo-small' and g.level = 'VILLAGE'"), "villages.geojson.gz, gzip-compressed");
    }

    @Test
    void oneBrokenGeometryRejectsTheWholeUploadWithFileAndFeatureNumberAndKeepsNothing() {
        JsonObject run = awaitRun(send(upload("geo-broken", "geo-broken", false)));

        assertEquals("REJECTED", run.getString("status"), run::toString);
        JsonArray problems = run.getJsonArray("problems");
        assertEquals(List.of(
                "provinces.geojson:3: Feature 3 (code 33): code 33 is not a provinsi of this edition",
                "districts.geojson:2: Feature 2 (code 320431): invalid geometry: Self-intersection at [107.65, -7.15]"),
                problems.stream().map(JsonObject.class::cast).map(problem -> problem.getString("file") + ":"
                        + problem.getJsonNumber("line") + ": " + problem.getString("reason")).toList());
        assertEquals("0", database("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'geo-broken'"), "none of the run's boundaries");
        assertEquals("0", database("select count(*) from village v join edition e on e.id = v.edition_id"
                + " where e.name = 'geo-broken'"));
        assertEquals("kemendagri-2025", database("select e.name from active_edition a join edition e"
                + " on e.id = a.edition_id"));
    }

    /** The valid small edition's CSV files with the boundaries of {@code geoCase}, villages gzip-compressed. */
    private static Multipart upload(String edition, String geoCase, boolean dryRun) {
        Multipart form = new Multipart().field("edition", edition).field("dryRun", Boolean.toString(dryRun));
        for (String file : FILES) {
            form.file(file, file + ".csv", Corpus.read("valid", file));
            String geometry = "/corpus/" + geoCase + "/" + file + ".geojson";
            if (GeographyImportIT.class.getResource(geometry) == null) {
                geometry = "/corpus/geo/" + file + ".geojson";
            }
            byte[] content = resource(geometry);
            if (file.equals("villages")) {
                form.file(file + ".geojson.gz", file + ".geojson.gz", gzip(content));
            } else {
                form.file(file + ".geojson", file + ".geojson", content);
            }
        }
        return form;
    }

    private long send(Multipart form) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.base().resolve("/api/admin/imports"))
                .header("X-API-Key", adminKey).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build());
        assertEquals(202, response.statusCode(), response::body);
        return ((JsonObject) WilayahServer.json(response)).getJsonNumber("id").longValue();
    }

    private JsonObject awaitRun(long id) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = server.get("/api/admin/imports/" + id, adminKey);
            JsonObject run = (JsonObject) WilayahServer.json(response);
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            sleep();
        }
        throw new AssertionError("Import run " + id + " still running after " + TIMEOUT);
    }

    private JsonObject readModelHealth() {
        HttpResponse<String> response = server.get("/health/ready", null);
        JsonObject health = (JsonObject) WilayahServer.json(response);
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> check.getString("name").equals("read-model")).findFirst().orElseThrow();
    }

    private static byte[] resource(String name) {
        try (InputStream in = GeographyImportIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String database(String sql) {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("wilayah.it.db.port") + "/wilayah";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
