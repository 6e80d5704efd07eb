package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.testsupport.Corpus;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import id.wilayah.testsupport.imports.ImportRuns;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        assertEquals("7285", TestDatabase.SHARED.string("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'kemendagri-2025' and g.level = 'DISTRICT'"));
    }

    @Test
    void anUploadStoresTheBoundariesOfEachLevelWithItsEdition() {
        Multipart form = upload("geo-small", "geo", true);
        JsonObject run = new ImportRuns(server, adminKey).run(form);

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals("12", TestDatabase.SHARED.string("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'geo-small'"));
        assertEquals("4", TestDatabase.SHARED.string("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'geo-small' and g.level = 'VILLAGE'"), "villages.geojson.gz, gzip-compressed");
    }

    @Test
    void oneBrokenGeometryRejectsTheWholeUploadWithFileAndFeatureNumberAndKeepsNothing() {
        JsonObject run = new ImportRuns(server, adminKey).run(upload("geo-broken", "geo-broken", false));

        assertEquals("REJECTED", run.getString("status"), run::toString);
        JsonArray problems = run.getJsonArray("problems");
        assertEquals(List.of(
                "provinces.geojson:3: Feature 3 (code 33): code 33 is not a provinsi of this edition",
                "districts.geojson:2: Feature 2 (code 320431): invalid geometry: Self-intersection at [107.65, -7.15]"),
                problems.stream().map(JsonObject.class::cast).map(problem -> problem.getString("file") + ":"
                        + problem.getJsonNumber("line") + ": " + problem.getString("reason")).toList());
        assertEquals("0", TestDatabase.SHARED.string("select count(*) from region_geometry g join edition e on e.id = g.edition_id"
                + " where e.name = 'geo-broken'"), "none of the run's boundaries");
        assertEquals("0", TestDatabase.SHARED.string("select count(*) from village v join edition e on e.id = v.edition_id"
                + " where e.name = 'geo-broken'"));
        assertEquals("kemendagri-2025", TestDatabase.SHARED.string("select e.name from active_edition a join edition e"
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
                form.file(file + ".geojson.gz", file + ".geojson.gz", ImportRuns.gzip(content));
            } else {
                form.file(file + ".geojson", file + ".geojson", content);
            }
        }
        return form;
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
}
