package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.Corpus;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import id.wilayah.testsupport.imports.ImportRuns;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The importer end to end through /api/admin: broken uploads are rejected with file, line and reason while the active
 * edition keeps serving; dry run, Odoo layout, BPS codes, activation and rollback, the bundled 2023 edition and its
 * diff against 2025, and retention ({@link KilledImportIT}: a server killed mid-import). Small files from the
 * importer's test corpus keep most runs fast; one run imports a full national dataset. Every test leaves kemendagri-2025 active.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIT extends DeployedWar {
    private static final String SERVING = "kemendagri-2025";
    private static final String[] FILES = {"provinces", "regencies", "districts", "villages"};
    private static String adminKey;

    @BeforeEach
    void connect() {
        if (adminKey == null) {
            adminKey = TestKeys.adminKey();
        }
    }

    @AfterEach
    void restoreServingEdition() {
        if (!SERVING.equals(activeEdition())) {
            activate(SERVING);
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty-file               | villages.csv   | 0 | the file is empty
            header-only              | villages.csv   | 0 | the file has a header but no data rows
            missing-column           | villages.csv   | 1 | missing column(s) district_code in the NATIVE layout header (expected code,district_code,name,[postal_code],[type])
            unexpected-column        | villages.csv   | 1 | unexpected column(s) lat in the NATIVE layout header (expected code,district_code,name,[postal_code],[type])
            duplicate-column         | villages.csv   | 1 | duplicate column(s) name in the NATIVE layout header (expected code,district_code,name,[postal_code],[type])
            wrong-column-count       | villages.csv   | 3 | expected 5 columns, found 4
            letters-in-code          | villages.csv   | 3 | Invalid kelurahan code '32730110A2': only digits, optionally separated by single dots, are allowed
            trailing-dot             | villages.csv   | 3 | Invalid kelurahan code '3273011002.': must not end with a dot
            wrong-code-length        | districts.csv  | 3 | Invalid kecamatan code '32043': expected 6 or 7 digits
            not-under-parent         | villages.csv   | 3 | code 3273011002 is not under its parent 320431
            duplicate-code           | provinces.csv  | 4 | duplicate code 32 (first on line 3)
            duplicate-code-with-dots | villages.csv   | 6 | duplicate code 3273011001 (first on line 4)
            unknown-parent           | regencies.csv  | 5 | unknown parent 33 (not a code in provinces.csv)
            empty-parent             | villages.csv   | 3 | empty parent district_code
            bad-parent-code          | regencies.csv  | 5 | parent: Invalid provinsi code '3X': only digits, optionally separated by single dots, are allowed
            empty-name               | villages.csv   | 3 | empty name
            name-too-long            | villages.csv   | 3 | name longer than 255 characters
            control-in-name          | villages.csv   | 3 | name contains a control character U+0000
            bidi-in-name             | villages.csv   | 3 | name contains a bidi control character U+202E
            formula-name             | villages.csv   | 3 | name starts with '=', which spreadsheets read as a formula; no region name does
            bad-postal-code          | villages.csv   | 3 | invalid postal code '4038' (expected 5 digits, several separated by commas)
            too-many-postal-codes    | villages.csv   | 3 | postal codes longer than 64 characters
            unknown-type             | villages.csv   | 3 | unknown type 'DUSUN' (expected DESA or KELURAHAN)
            not-utf8                 | villages.csv   | 3 | not valid UTF-8 text (save the file as UTF-8)
            mixed-code-systems       | districts.csv  | 4 | district code 3273010 has 7 digits but line 2 set the code system to KEMENDAGRI; one edition cannot mix them
            odoo-unknown-parent-id   | villages.csv   | 3 | unknown parent id 'kec_999' (not an id in districts.csv)
            odoo-duplicate-id        | villages.csv   | 3 | duplicate id 'kel_1101012001' (first on line 2)
            """)
    void brokenUploadIsRejectedWithFileLineAndReasonAndActivatesNothing(String corpusCase, String file, long line,
                                                                        String reason) {
        JsonObject run = runs().await(upload("broken-" + corpusCase, corpusCase, false));

        assertEquals("REJECTED", run.getString("status"), run::toString);
        JsonObject problem = run.getJsonArray("problems").getJsonObject(0);
        assertEquals(file, problem.getString("file"));
        assertEquals(line, problem.getJsonNumber("line").longValue());
        assertEquals(reason, problem.getString("reason"));
        assertEquals(SERVING, activeEdition());
        assertEquals(38, array("/api/provinsi").size());
    }

    @Order(2)
    @Test
    void dryRunStagesAndDiffsButActivatesNothingUntilAskedThenRollsBack() {
        JsonObject run = runs().await(upload("small-dry", "valid", true));

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals(100, run.getInt("percent"));
        assertEquals(12, run.getJsonNumber("rowsWritten").longValue());
        assertEquals(4, run.getJsonArray("steps").size());
        JsonObject provinces = run.getJsonObject("diff").getJsonArray("levels").getJsonObject(0);
        assertEquals(36, provinces.getInt("removed"));
        assertEquals(0, provinces.getInt("added"));
        assertEquals(SERVING, activeEdition());

        assertTrue(run.getString("source").matches("upload:[0-9a-f-]{36}"), "named by its upload id: " + run);
        assertFalse(WilayahServer.json(server.get("/api/admin/imports", adminKey)).toString().contains("/uploads/"));
        assertEquals("0", TestDatabase.SHARED.string("select count(*) from audit_entry where detail like '%/uploads/%'"),
                "the audit log names no server path");
        String readKey = server.initialApiKey();
        assertReadKeyIsToldNoSuchEdition("small-dry", readKey);
        assertFalse(server.get("/api/editions", readKey).body().contains("small-dry"), "not listed for read keys");
        assertEquals(2, array("/api/provinsi?edition=small-dry").size(), "an admin-scope key may check it");
        assertTrue(array("/api/editions").toString().contains("small-dry"), "listed for admin keys");
        assertEquals("11", object("/api/crosswalk/11?from=small-dry").getJsonObject("from").getString("code"),
                "and cross-walk it");

        assertEquals(409, server.send(runs().upload(smallUpload("small-dry", "valid", true))).statusCode());

        JsonObject activated = activate("small-dry");
        assertTrue(activated.getBoolean("active"));
        assertEquals(2, array("/api/provinsi").size());
        activate(SERVING);
        assertEquals(38, array("/api/provinsi").size());
        assertEquals(200, server.get("/api/provinsi?edition=small-dry", readKey).statusCode(),
                "once activated, an edition stays readable with ?edition=");
        assertEquals(200, server.get("/api/crosswalk/32?from=small-dry", readKey).statusCode(),
                "and through the crosswalk");
    }

    /**
     * Everywhere a read key can name an edition, a dry run is answered exactly as an edition that does not exist: the
     * same status and content type, the same body but for the name (issue 22, finding 4).
     */
    private void assertReadKeyIsToldNoSuchEdition(String dryRun, String readKey) {
        String unknown = "no-such-edition";
        List<String> namings = List.of("/api/provinsi?edition=%s", "/nusantara/provinsi?edition=%s",
                "/api/export/provinces.csv?edition=%s", "/api/nik/3204314501900001?edition=%s",
                "/api/editions/%s/diff/" + SERVING, "/api/editions/" + SERVING + "/diff/%s",
                "/api/crosswalk/32?from=%s", "/api/crosswalk/32?from=" + SERVING + "&to=%s",
                "/api/export/crosswalk.csv?from=%s", "/api/export/crosswalk.csv?from=" + SERVING + "&to=%s",
                "POST /api/crosswalk?from=%s", "POST /api/crosswalk?from=" + SERVING + "&to=%s");
        for (String naming : namings) {
            HttpResponse<String> hidden = ask(naming.formatted(dryRun), readKey);
            HttpResponse<String> missing = ask(naming.formatted(unknown), readKey);
            assertEquals(404, hidden.statusCode(), () -> naming + " -> " + hidden.body());
            assertEquals(missing.headers().firstValue("Content-Type"), hidden.headers().firstValue("Content-Type"),
                    naming);
            assertEquals(missing.body().replace(unknown, dryRun), hidden.body(), naming);
        }
    }

    /** A GET of the path, or with {@code POST } before it the bulk crosswalk of one code. */
    private HttpResponse<String> ask(String request, String key) {
        if (!request.startsWith("POST ")) {
            return server.get(request, key);
        }
        return server.send(HttpRequest.newBuilder(server.base().resolve(request.substring("POST ".length())))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[\"32\"]")).build());
    }

    @Order(3)
    @Test
    void importsTheOdooLayoutResolvingParentsByExternalId() {
        JsonObject run = runs().await(upload("small-odoo", "odoo", false));

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals("small-odoo", activeEdition());
        JsonObject kota = object("/api/kota/3204");
        assertEquals("32", kota.getJsonObject("province").getString("code"));
        assertEquals(4, array("/api/kelurahan").size());
    }

    @Order(4)
    @Test
    void importsBpsCodesAndRecordsTheCodeSystem() {
        JsonObject run = runs().await(upload("small-bps", "bps", false));

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals("small-bps", activeEdition());
        assertEquals("BPS", activate("small-bps").getString("codeSystem"));
        assertEquals("KERTASARI", object("/api/kecamatan/3204050").getString("name"));
        assertEquals("NEGLAWANGI", object("/api/kelurahan/3204050001").getString("name"));
    }

    @Order(5)
    @Test
    void importsTheBundled2023EditionWithItsDiffAndRollsBackTo2025() {
        HttpResponse<String> started = post("/api/admin/imports", "application/json",
                "{\"dataset\":\"kemendagri-2023\",\"dryRun\":false}");
        assertEquals(202, started.statusCode(), started::body);
        assertTrue(started.headers().firstValue("Location").orElse("").contains("/api/admin/imports/"));
        JsonObject run = runs().await(((JsonObject) WilayahServer.json(started)).getJsonNumber("id").longValue());

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        System.out.printf("Imported, validated and activated kemendagri-2023 (%d rows) in %d ms%n",
                run.getJsonNumber("rowsWritten").longValue(), run.getJsonNumber("elapsedMillis").longValue());
        assertEquals("kemendagri-2023", activeEdition());
        assertEquals(37, array("/api/provinsi").size());
        JsonArray storedDiff = run.getJsonObject("diff").getJsonArray("levels");
        assertEquals(8, storedDiff.getJsonObject(2).getInt("removed"));
        assertEquals(0, storedDiff.getJsonObject(2).getInt("added"));
        assertEquals(132, storedDiff.getJsonObject(2).getInt("recoded"), "Papua Barat Daya's districts had 92xx codes");

        activate(SERVING);
        assertEquals(38, array("/api/provinsi").size());

        JsonArray levels = object("/api/editions/kemendagri-2023/diff/kemendagri-2025").getJsonArray("levels");
        assertEquals(1, levels.getJsonObject(0).getInt("added"));
        assertEquals(6, levels.getJsonObject(1).getInt("recoded"));
        assertEquals(6, levels.getJsonObject(1).getInt("reparented"));
        assertEquals(1, levels.getJsonObject(1).getInt("renamed"), "KAB. X → Kabupaten X is a respelling");
        assertEquals(417, levels.getJsonObject(1).getInt("respelled"));
        assertEquals(8, levels.getJsonObject(2).getInt("added"));
        assertEquals(0, levels.getJsonObject(2).getInt("removed"));
        assertEquals(132, levels.getJsonObject(2).getInt("recoded"));
        assertEquals(28, levels.getJsonObject(3).getInt("added"));
        assertEquals(29, levels.getJsonObject(3).getInt("removed"));
        assertEquals(1083, levels.getJsonObject(3).getInt("recoded"));
        assertEquals(606, levels.getJsonObject(3).getInt("renamed"));
        assertEquals(627, levels.getJsonObject(3).getInt("respelled"));
        awaitStoredCrosswalk("kemendagri-2023", SERVING);
        awaitStoredCrosswalk(SERVING, "kemendagri-2023");
    }

    /** Imports and activations compute the crosswalks with the active edition in the background (issue 14). */
    private static void awaitStoredCrosswalk(String from, String to) {
        String sql = "select count(*) from crosswalk c join edition f on f.id = c.from_edition_id join edition t"
                + " on t.id = c.to_edition_id where f.name = '" + from + "' and t.name = '" + to + "'";
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!"1".equals(TestDatabase.SHARED.string(sql)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertEquals("1", TestDatabase.SHARED.string(sql), "crosswalk " + from + " -> " + to + " stored");
    }

    /**
     * Beyond {@code wilayah.editions.retain} (3) the least recently used editions go, but never one clients depend on:
     * small-bps, the BPS edition BPS codes are translated through, and kemendagri-2023, a bundled dataset's, are kept
     * besides the active edition and the two most recent others, however many dry runs follow (issue 22, finding 7: a
     * dry run evicted the staged bps-2018, and every BPS request got 409).
     */
    @Order(6)
    @Test
    void keepsTheLastThreeEditionsAndNeverOneClientsDependOn() {
        String inBpsCodes = "/api/kecamatan/3204050?codes=bps";
        assertEquals("KERTASARI", object(inBpsCodes).getString("name"));
        for (String dryRun : List.of("retain-1", "retain-2", "retain-3")) {
            assertEquals("COMPLETED", runs().await(upload(dryRun, "valid", true)).getString("status"), dryRun);
        }
        List<String> retained = array("/api/editions").getValuesAs(JsonObject.class).stream()
                .filter(edition -> edition.getString("status").equals("READY"))
                .map(edition -> edition.getString("name")).toList();
        assertTrue(retained.containsAll(List.of(SERVING, "retain-2", "retain-3", "small-bps", "kemendagri-2023")),
                retained::toString);
        for (String dropped : List.of("small-dry", "small-odoo", "retain-1")) {
            assertFalse(retained.contains(dropped), dropped + " in " + retained);
            assertEquals(404, server.get("/api/editions/" + dropped + "/diff/" + SERVING, adminKey).statusCode());
        }
        assertEquals("KERTASARI", object(inBpsCodes).getString("name"), "still translated through small-bps");
        List<String> runs = array("/api/admin/imports").getValuesAs(JsonObject.class).stream()
                .map(run -> run.getString("edition")).toList();
        assertTrue(runs.containsAll(List.of("small-dry", "small-odoo", "retain-1")), "the runs of dropped editions stay"
                + " listed: " + runs);
    }

    @Order(7)
    @Test
    void rejectsBadRequestsWithProblems() {
        Multipart missingVillages = new Multipart().field("edition", "incomplete");
        for (int i = 0; i < 3; i++) {
            missingVillages.file(FILES[i], FILES[i] + ".csv", corpusFile("valid", FILES[i]));
        }
        HttpResponse<String> missing = server.send(runs().upload(missingVillages));
        assertEquals(400, missing.statusCode(), missing::body);
        assertTrue(missing.body().contains("villages"), missing::body);
        assertEquals(400, post("/api/admin/imports", "application/json", "{\"dataset\":\"nope\"}").statusCode());
        assertEquals(400, server.send(runs().upload(smallUpload("Bad Name!", "valid", true))).statusCode());
        assertEquals(404, post("/api/admin/editions/nope/activate", "application/json", "").statusCode());
        assertEquals(404, server.get("/api/admin/imports/999999", adminKey).statusCode());
        assertEquals(403, server.send(HttpRequest.newBuilder(server.base().resolve("/api/admin/imports"))
                .header("X-API-Key", server.initialApiKey()).GET().build()).statusCode());
    }


    private long upload(String edition, String corpusCase, boolean dryRun) {
        return runs().start(smallUpload(edition, corpusCase, dryRun));
    }

    private ImportRuns runs() {
        return new ImportRuns(server, adminKey);
    }

    private static Multipart smallUpload(String edition, String corpusCase, boolean dryRun) {
        Multipart form = new Multipart().field("edition", edition).field("dryRun", Boolean.toString(dryRun));
        for (String file : FILES) {
            form.file(file, file + ".csv", corpusFile(corpusCase, file));
        }
        return form;
    }

    /** A corpus case's own file, else the valid file of its layout (as the importer's unit tests combine them). */
    private static byte[] corpusFile(String corpusCase, String file) {
        String base = corpusCase.startsWith("odoo") ? "odoo" : "valid";
        return Corpus.read(Corpus.has(corpusCase, file) ? corpusCase : base, file);
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return server.send(HttpRequest.newBuilder(server.base().resolve(path)).header("X-API-Key", adminKey)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonObject activate(String edition) {
        HttpResponse<String> response = post("/api/admin/editions/" + edition + "/activate", "application/json", "");
        assertEquals(200, response.statusCode(), response::body);
        return (JsonObject) WilayahServer.json(response);
    }

    private JsonArray array(String path) {
        HttpResponse<String> response = server.get(path, adminKey);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        return (JsonArray) WilayahServer.json(response);
    }

    private JsonObject object(String path) {
        HttpResponse<String> response = server.get(path, adminKey);
        assertEquals(200, response.statusCode(), () -> path + " -> " + response.body());
        JsonObject body = (JsonObject) WilayahServer.json(response);
        assertNotNull(body);
        return body;
    }

    /** Straight from the database, so the check does not depend on the read model under test. */
    private static String activeEdition() {
        return TestDatabase.SHARED.string("select e.name from active_edition a join edition e on e.id = a.edition_id");
    }
}
