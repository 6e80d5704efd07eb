package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.Corpus;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of hostile and broken requests against every surface on /api: each gets its documented 4xx as
 * problem+json with a message saying what is wrong (or, where the input is merely odd text, a harmless 200), never a
 * 5xx; and none of them changes the serving edition or any key. Add a row to {@link #corpus()} to extend it.
 */
class BadInputIT extends DeployedWar {
    private static final String TEN_KB = "9".repeat(10_240);
    private static final String TEN_KB_TEXT = "a".repeat(10_240);
    private static final String SQL = "1' OR '1'='1' --";
    private static final String READ = "<read key>";
    private static final String ADMIN = "<admin key>";
    private static final String NONE = "<no key>";
    private static final String EXPIRED = "<expired key>";
    private static final String REVOKED = "<revoked key>";

    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static String readKey;
    private static String adminKey;
    private static String expiredKey;
    private static String revokedKey;
    private static String editionsBefore;
    private static String keysBefore;

    /**
     * One request and what it must get. {@code detail}: a fragment of the problem's detail (4xx), or of the body (2xx).
     */
    record Case(String name, String method, String path, String key, String contentType, byte[] body, String accept,
                int status, String detail, boolean refusedByContainer) {
        Case(String name, String method, String path, String key, String contentType, byte[] body, String accept,
             int status, String detail) {
            this(name, method, path, key, contentType, body, accept, status, detail, false);
        }

        @Override
        public String toString() {
            return name;
        }

        Case accepting(String mediaType) {
            return new Case(name, method, path, key, contentType, body, mediaType, status, detail);
        }
    }

    private static Case get(String name, String path, int status, String detail) {
        return new Case(name, "GET", path, READ, null, null, null, status, detail);
    }

    /**
     * Refused by Payara's HTTP layer before the application sees it (a path it cannot decode): a bare 400 with an
     * empty body, since no application code runs; see {@link #refusedBeforeTheApplication()}.
     */
    private static Case containerRefuses(String name, String path) {
        return new Case(name, "GET", path, READ, null, null, null, 400, "", true);
    }

    private static Case admin(String name, String method, String path, String contentType, String body, int status,
                              String detail) {
        return new Case(name, method, path, ADMIN, contentType, body == null ? null : bytes(body), null, status, detail);
    }

    private static Case json(String name, String path, String body, int status, String detail) {
        return admin(name, "POST", path, "application/json", body, status, detail);
    }

    private static Case multipart(String name, Multipart form, int status, String detail) {
        return new Case(name, "POST", "/api/admin/imports", ADMIN, form.contentType(), form.bytes(), null, status,
                detail);
    }

    private static Case keyed(String name, String key, String path, int status, String detail) {
        return new Case(name, "GET", path, key, null, null, null, status, detail);
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        codes(cases);
        queries(cases);
        methodsAndMediaTypes(cases);
        keys(cases);
        keyAdministration(cases);
        imports(cases);
        editions(cases);
        return cases.stream();
    }

    private static void codes(List<Case> cases) {
        String invalid = "Invalid provinsi code";
        cases.add(get("province code with a letter", "/api/provinsi/3X", 400, "only digits"));
        cases.add(get("province code SQL injection", "/api/provinsi/" + encode(SQL), 400, invalid));
        cases.add(get("province code stacked SQL", "/api/provinsi/" + encode("32; DROP TABLE api_key"), 400, invalid));
        cases.add(containerRefuses("province code NUL byte", "/api/provinsi/32%00"));
        cases.add(containerRefuses("province code only NUL", "/api/provinsi/%00"));
        cases.add(containerRefuses("province code overlong UTF-8 dots", "/api/provinsi/%C0%AE%C0%AE"));
        cases.add(containerRefuses("encoded backslash traversal", "/api/..%5Cadmin%5Clogin.xhtml"));
        cases.add(get("province code emoji", "/api/provinsi/" + encode("3😀"), 400, invalid));
        cases.add(get("province code encoded traversal", "/api/provinsi/..%2F..%2Fetc%2Fpasswd", 404,
                "No such resource"));
        cases.add(get("regency code encoded traversal", "/api/kota/..%2F..%2Fetc%2Fpasswd", 404, "No such resource"));
        cases.add(get("province code negative", "/api/provinsi/-32", 400, invalid));
        cases.add(get("province code one digit", "/api/provinsi/3", 400, "expected 2"));
        cases.add(get("province code three digits", "/api/provinsi/320", 400, "expected 2"));
        cases.add(get("province code trailing dot", "/api/provinsi/32.", 400, "must not end with a dot"));
        cases.add(get("province code leading dot", "/api/provinsi/.32", 400, invalid));
        cases.add(get("province code hex", "/api/provinsi/0x20", 400, invalid));
        cases.add(get("province code inner space", "/api/provinsi/3%202", 400, invalid));
        cases.add(get("province code 10 kB", "/api/provinsi/" + TEN_KB, 400, "longer than"));
        cases.add(get("province code JSON", "/api/provinsi/" + encode("{\"code\":32}"), 400, invalid));
        cases.add(get("province code unknown", "/api/provinsi/99", 404, "99"));
        cases.add(get("regency code five digits", "/api/kota/32045", 400, "Invalid kota code"));
        cases.add(get("regency code letters", "/api/kota/32O4", 400, "only digits"));
        cases.add(get("regency code double dot", "/api/kota/32..04", 400, "Invalid kota code"));
        cases.add(get("regency code SQL", "/api/kota/" + encode("3204' OR 1=1 --"), 400, "Invalid kota code"));
        cases.add(get("regency code unknown", "/api/kota/3299", 404, "3299"));
        cases.add(get("district code five digits", "/api/kecamatan/32040", 400, "Invalid kecamatan code"));
        cases.add(get("district code with letter", "/api/kecamatan/3204x1", 400, "Invalid kecamatan code"));
        cases.add(get("district code 10 kB", "/api/kecamatan/" + TEN_KB, 400, "longer than"));
        cases.add(get("village code eight digits", "/api/kelurahan/32730110", 400, "Invalid kelurahan code"));
        cases.add(get("village code with letter", "/api/kelurahan/32730110A2", 400, "only digits"));
        cases.add(containerRefuses("village code NUL", "/api/kelurahan/3273011001%00"));
        cases.add(get("village code emoji", "/api/kelurahan/" + encode("327301100😀"), 400, "Invalid kelurahan code"));
        cases.add(get("postal code four digits", "/api/kodepos/4038", 400, "expected 5 digits"));
        cases.add(get("postal code six digits", "/api/kodepos/403811", 400, "expected 5 digits"));
        cases.add(get("postal code letters", "/api/kodepos/abcde", 400, "Invalid postal code"));
        cases.add(get("postal code SQL", "/api/kodepos/" + encode(SQL), 400, "Invalid postal code"));
        cases.add(get("postal code unknown", "/api/kodepos/00000", 404, "00000"));
    }

    private static void queries(List<Case> cases) {
        String badLimit = "limit must be a whole number";
        cases.add(get("search without q", "/api/search", 400, "at least 3"));
        cases.add(get("search q two characters", "/api/search?q=ab", 400, "at least 3"));
        cases.add(get("search q blank", "/api/search?q=%20%20%20%20", 400, "at least 3"));
        cases.add(get("search q 10 kB", "/api/search?q=" + TEN_KB_TEXT, 400, "longer than 100"));
        cases.add(get("search limit zero", "/api/search?q=bandung&limit=0", 400, badLimit));
        cases.add(get("search limit negative", "/api/search?q=bandung&limit=-1", 400, badLimit));
        cases.add(get("search limit huge", "/api/search?q=bandung&limit=99999999999", 400, badLimit));
        cases.add(get("search limit not a number", "/api/search?q=bandung&limit=abc", 400, badLimit));
        cases.add(get("search limit fraction", "/api/search?q=bandung&limit=1.5", 400, badLimit));
        cases.add(get("search limit exponent", "/api/search?q=bandung&limit=1e3", 400, badLimit));
        cases.add(get("search limit SQL", "/api/search?q=bandung&limit=" + encode("10; DROP TABLE edition"), 400,
                badLimit));
        cases.add(get("search limit 10 kB", "/api/search?q=bandung&limit=" + TEN_KB, 400, badLimit));
        cases.add(get("search q SQL injection finds nothing", "/api/search?q=" + encode(SQL), 200, "\"provinsi\":[]"));
        cases.add(get("search q JSON injection finds nothing", "/api/search?q=" + encode("\"}],\"x\":[{\""), 200,
                "\"provinsi\":[]"));
        cases.add(get("search q NUL finds nothing", "/api/search?q=ban%00dung", 200, "\"provinsi\":[]"));
        cases.add(get("search q emoji finds nothing", "/api/search?q=" + encode("😀😀😀"), 200, "\"provinsi\":[]"));
        cases.add(get("search q overlong UTF-8 finds nothing", "/api/search?q=%C0%AE%C0%AE%C0%AE", 200,
                "\"provinsi\":[]"));
        cases.add(get("name filter 10 kB", "/api/provinsi?name=" + TEN_KB_TEXT, 400, "longer than 100"));
        cases.add(get("name filter SQL injection finds nothing", "/api/provinsi?name=" + encode(SQL), 200, "[]"));
        cases.add(get("name filter wildcard finds nothing", "/api/kota?name=%25", 200, "[]"));
        cases.add(get("name filter traversal finds nothing", "/api/kelurahan?name=" + encode("../../etc/passwd"), 200,
                "[]"));
        cases.add(get("parent filter malformed", "/api/kota?kode_provinsi=3X", 400, "Invalid provinsi code"));
        cases.add(get("parent filter SQL", "/api/kecamatan?kode_kota=" + encode(SQL), 400, "Invalid kota code"));
        cases.add(get("parent filter 10 kB", "/api/kelurahan?kode_kecamatan=" + TEN_KB, 400, "longer than"));
        cases.add(get("parent filter NUL", "/api/kelurahan?kode_kecamatan=320431%00", 400, "Invalid kecamatan code"));
    }

    private static void methodsAndMediaTypes(List<Case> cases) {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            cases.add(new Case(method + " on a read resource", method, "/api/provinsi", READ, null, null, null, 405,
                    "Method not allowed"));
        }
        cases.add(admin("PUT on a key", "PUT", "/api/admin/keys/1", "application/json", "{}", 405,
                "Method not allowed"));
        cases.add(admin("DELETE on the import history", "DELETE", "/api/admin/imports", null, null, 405,
                "Method not allowed"));
        cases.add(admin("GET on an activation", "GET", "/api/admin/editions/kemendagri-2025/activate", null, null,
                405, "Method not allowed"));
        cases.add(get("unknown resource", "/api/nope", 404, "No such resource"));
        cases.add(get("unknown path outside the API", "/nope", 404, "No such resource"));
        cases.add(get("unknown page", "/nope.xhtml", 404, "No such resource"));
        cases.add(get("the error page itself", "/container-error", 404, "No such resource"));
        cases.add(new Case("DELETE on a static resource", "DELETE", "/openapi-ui/index.html", READ, null, null, null,
                403, "Forbidden"));
        cases.add(new Case("POST to the OpenAPI document", "POST", "/openapi", NONE, "application/json", bytes("{}"),
                null, 405, "Method not allowed"));
        cases.add(get("unknown path below the OpenAPI document", "/openapi/nope", 404, "No such resource"));
        cases.add(new Case("PUT on a static resource", "PUT", "/openapi-ui/index.html", READ, "text/html",
                bytes("<script>alert(1)</script>"), null, 403, "Forbidden"));
        cases.add(get("path below an item", "/api/provinsi/32/extra", 404, "No such resource"));
        cases.add(get("accept HTML", "/api/provinsi", 406, "application/json only").accepting("text/html"));
        cases.add(get("accept XML", "/api/kota/3204", 406, "application/json only").accepting("application/xml"));
        cases.add(get("accept CSV", "/api/search?q=bandung", 406, "application/json only").accepting("text/csv"));
        cases.add(admin("key as plain text", "POST", "/api/admin/keys", "text/plain", "name=x", 415,
                "Unsupported request content type"));
        cases.add(admin("key as XML", "POST", "/api/admin/keys", "application/xml", "<key name='x'/>", 415,
                "Unsupported request content type"));
        cases.add(admin("import as CSV", "POST", "/api/admin/imports", "text/csv", "code,name\n32,X\n", 415,
                "Unsupported request content type"));
    }

    private static void keys(List<Case> cases) {
        cases.add(keyed("no key", NONE, "/api/provinsi", 401, "Missing X-API-Key"));
        cases.add(keyed("blank key", " ", "/api/provinsi", 401, "Missing X-API-Key"));
        cases.add(keyed("unknown key", "wly_unknown-0123456789", "/api/provinsi", 401, "Unknown, revoked or expired"));
        cases.add(keyed("SQL injection as key", SQL, "/api/provinsi", 401, "Unknown, revoked or expired"));
        cases.add(keyed("10 kB key", TEN_KB_TEXT, "/api/provinsi", 401, "Unknown, revoked or expired"));
        for (String stopped : List.of(EXPIRED, REVOKED)) {
            for (String path : List.of("/api/provinsi", "/api/whoami", "/api/admin/keys", "/api/admin/imports")) {
                cases.add(keyed(stopped + " on " + path, stopped, path, 401, "Unknown, revoked or expired"));
            }
        }
        cases.add(keyed("no key on admin", NONE, "/api/admin/keys", 401, "Missing X-API-Key"));
        cases.add(keyed("read key lists keys", READ, "/api/admin/keys", 403, "needs scope admin"));
        cases.add(keyed("read key lists imports", READ, "/api/admin/imports", 403, "needs scope admin"));
        cases.add(new Case("read key creates a key", "POST", "/api/admin/keys", READ, "application/json",
                bytes("{\"name\":\"escalation\",\"scope\":\"admin\"}"), null, 403, "needs scope admin"));
        cases.add(new Case("read key revokes a key", "DELETE", "/api/admin/keys/1", READ, null, null, null, 403,
                "needs scope admin"));
        cases.add(new Case("read key activates an edition", "POST", "/api/admin/editions/kemendagri-2025/activate",
                READ, "application/json", bytes(""), null, 403, "needs scope admin"));
        cases.add(new Case("read key starts an import", "POST", "/api/admin/imports", READ, "application/json",
                bytes("{\"dataset\":\"kemendagri-2023\",\"dryRun\":true}"), null, 403, "needs scope admin"));
        cases.add(keyed("read key on an unknown admin path", READ, "/api/admin/nope", 403, "needs scope admin"));
        cases.add(keyed("read key on a traversal towards admin", READ, "/api/provinsi/../admin/keys", 404,
                "No such resource"));
    }

    private static void keyAdministration(List<Case> cases) {
        String keys = "/api/admin/keys";
        cases.add(json("key body not JSON", keys, "{", 400, ""));
        cases.add(json("key body an array", keys, "[]", 400, ""));
        cases.add(json("key body a string", keys, "\"key\"", 400, ""));
        cases.add(json("key body empty", keys, "", 400, "could not be read"));
        cases.add(json("key without name", keys, "{}", 400, "name"));
        cases.add(json("key with blank name", keys, "{\"name\":\"  \"}", 400, "name"));
        cases.add(json("key name 10 kB", keys, "{\"name\":\"" + TEN_KB_TEXT + "\"}", 400, "name"));
        cases.add(json("key unknown scope", keys, "{\"name\":\"x\",\"scope\":\"root\"}", 400, "scope must be"));
        cases.add(json("key scope SQL", keys, "{\"name\":\"x\",\"scope\":\"" + SQL + "\"}", 400, "scope must be"));
        cases.add(json("key expiry not a date", keys, "{\"name\":\"x\",\"expiresAt\":\"tomorrow\"}", 400,
                "ISO-8601"));
        cases.add(json("key expiry in the past", keys, "{\"name\":\"x\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}", 400,
                "future"));
        cases.add(json("key expiry in year 1000000000", keys,
                "{\"name\":\"x\",\"expiresAt\":\"+1000000000-01-01T00:00:00Z\"}", 400, "must lie before"));
        cases.add(json("key rate limit zero", keys, "{\"name\":\"x\",\"rateLimitPerMinute\":0}", 400, "Rate limit"));
        cases.add(json("key rate limit negative", keys, "{\"name\":\"x\",\"rateLimitPerMinute\":-5}", 400, "Rate limit"));
        cases.add(json("key rate limit beyond int", keys, "{\"name\":\"x\",\"rateLimitPerMinute\":2147483648}", 400,
                ""));
        cases.add(json("key rate limit a string", keys, "{\"name\":\"x\",\"rateLimitPerMinute\":\"many\"}", 400, ""));
        cases.add(admin("key id not a number", "GET", keys + "/abc", null, null, 404, ""));
        cases.add(admin("key id negative", "GET", keys + "/-1", null, null, 404, "-1"));
        cases.add(admin("key id beyond long", "GET", keys + "/99999999999999999999", null, null, 404, ""));
        cases.add(admin("revoke unknown key", "DELETE", keys + "/987654321", null, null, 404, "987654321"));
        cases.add(json("key body nested 1,000 deep", keys, "{\"a\":".repeat(1000) + "1" + "}".repeat(1000), 400,
                "nests deeper than 32 levels"));
        cases.add(json("key name with NUL", keys, "{\"name\":\"a\\u0000b\"}", 400, "control character U+0000"));
        cases.add(json("key name with a C1 control", keys, "{\"name\":\"a\\u0085b\"}", 400,
                "control character U+0085"));
        cases.add(json("key name with right-to-left override", keys, "{\"name\":\"invoice\\u202Etxt.exe\"}", 400,
                "bidi control character U+202E"));
        cases.add(json("key owner with an isolate", keys, "{\"name\":\"x\",\"owner\":\"a\\u2066b\"}", 400,
                "bidi control character U+2066"));
        cases.add(json("key notes with a bidi embedding", keys, "{\"name\":\"x\",\"notes\":\"a\\u202Ab\"}", 400,
                "bidi control character U+202A"));
        cases.add(json("rotate unknown key", keys + "/987654321/rotate", "", 404, "987654321"));
        cases.add(json("rotate with negative grace", keys + "/1/rotate?graceSeconds=-5", "", 400, "negative"));
        cases.add(json("rotate with grace of Long.MAX_VALUE seconds",
                keys + "/1/rotate?graceSeconds=9223372036854775807", "", 400, "at most 366 days"));
    }

    private static void imports(List<Case> cases) {
        String imports = "/api/admin/imports";
        String editionRule = "Edition name must be";
        cases.add(json("import body not JSON", imports, "{\"dataset\":", 400, ""));
        cases.add(json("import body empty", imports, "", 400, "could not be read"));
        cases.add(json("import unknown dataset", imports, "{\"dataset\":\"nope\"}", 400, "Unknown dataset"));
        cases.add(json("import dataset SQL", imports, "{\"dataset\":\"x'; DROP TABLE edition; --\"}", 400,
                "Unknown dataset"));
        cases.add(json("import dataset traversal", imports, "{\"dataset\":\"../../../etc/passwd\"}", 400,
                "Unknown dataset"));
        cases.add(json("import dataset null", imports, "{\"dataset\":null}", 400, "Unknown dataset"));
        cases.add(json("import dataset a number", imports, "{\"dataset\":2025}", 400, ""));
        cases.add(json("import body nested 1,000 deep", imports, "[".repeat(1000) + "]".repeat(1000), 400,
                "nests deeper than 32 levels"));
        cases.add(json("import body object nested 1,000 deep", imports,
                "{\"dataset\":".repeat(1000) + "1" + "}".repeat(1000), 400, "nests deeper than 32 levels"));
        cases.add(json("import dryRun not a boolean", imports, "{\"dataset\":\"kemendagri-2023\",\"dryRun\":\"maybe\"}",
                400, "dryRun must be"));
        cases.add(admin("import form without dataset", "POST", imports, "application/x-www-form-urlencoded",
                "dryRun=true", 400, "Unknown dataset"));
        cases.add(admin("import form dataset 10 kB", "POST", imports, "application/x-www-form-urlencoded",
                "dataset=" + TEN_KB_TEXT, 400, "Unknown dataset"));
        cases.add(admin("multipart without boundary", "POST", imports, "multipart/form-data", "--x\r\n\r\n", 400, ""));
        cases.add(admin("multipart wrong boundary", "POST", imports, "multipart/form-data; boundary=abc",
                "--xyz\r\nContent-Disposition: form-data; name=\"edition\"\r\n\r\nx\r\n--xyz--\r\n", 400, ""));
        cases.add(admin("multipart truncated", "POST", imports, "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"edition\"\r\n\r\nbroken", 400, ""));
        cases.add(admin("multipart garbage", "POST", imports, "multipart/form-data; boundary=abc",
                "\u0000\u0001\u0002 not multipart at all", 400, ""));
        cases.add(multipart("multipart without parts", new Multipart(), 400, "could not be read"));
        cases.add(multipart("multipart edition only", new Multipart().field("edition", "only-a-name"), 400,
                "Missing file(s)"));
        cases.add(multipart("multipart unexpected field", smallUpload("extra-field").field("unused", "x"), 400,
                "Unexpected part"));
        cases.add(multipart("multipart unknown file part", new Multipart().field("edition", "x")
                .file("passwd", "../../etc/passwd", bytes("root:x:0:0")), 400, "Unexpected part"));
        cases.add(multipart("edition name missing", smallUpload(null), 400, editionRule));
        cases.add(multipart("edition name blank", smallUpload("   "), 400, editionRule));
        cases.add(multipart("edition name SQL", smallUpload("x'; DROP TABLE edition; --"), 400, editionRule));
        cases.add(multipart("edition name traversal", smallUpload("../../etc/passwd"), 400, editionRule));
        cases.add(multipart("edition name NUL", smallUpload("small\u0000"), 400, editionRule));
        cases.add(multipart("edition name emoji", smallUpload("small-😀"), 400, editionRule));
        cases.add(multipart("edition name upper case and spaces", smallUpload("Bad Name!"), 400, editionRule));
        cases.add(multipart("edition name 10 kB", smallUpload(TEN_KB_TEXT), 400, editionRule));
        cases.add(multipart("edition name of the serving edition", smallUpload("kemendagri-2025"), 409,
                "kemendagri-2025"));
        cases.add(admin("import run id not a number", "GET", imports + "/abc", null, null, 404, ""));
        cases.add(admin("import run id unknown", "GET", imports + "/987654321", null, null, 404, "987654321"));
    }

    private static void editions(List<Case> cases) {
        cases.add(json("activate unknown edition", "/api/admin/editions/nope/activate", "", 404, "nope"));
        cases.add(json("activate SQL", "/api/admin/editions/" + encode(SQL) + "/activate", "", 404, ""));
        cases.add(json("activate traversal", "/api/admin/editions/..%2F..%2Fkeys/activate", "", 404, ""));
        cases.add(json("activate 10 kB name", "/api/admin/editions/" + TEN_KB_TEXT + "/activate", "", 404, ""));
        cases.add(admin("diff of unknown editions", "GET", "/api/editions/nope/diff/kemendagri-2025", null, null, 404,
                "nope"));
        cases.add(admin("diff with SQL", "GET", "/api/editions/" + encode(SQL) + "/diff/x", null, null, 404, ""));
    }

    @BeforeAll
    static void createKeys() {
        readKey = TestKeys.create("bad input read key", "READ");
        adminKey = TestKeys.adminKey();
        expiredKey = TestKeys.expired("bad input expired key");
        revokedKey = TestKeys.revoked("bad input revoked key");
    }

    @BeforeEach
    void connect() {
        if (editionsBefore == null) {
            // Only once the server is ready: on an empty database the first import is still writing until then.
            editionsBefore = TestDatabase.SHARED.string(EDITIONS);
            keysBefore = TestDatabase.SHARED.string(KEYS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersWithTheDocumentedStatusAndAClearMessage(Case c) {
        HttpResponse<String> response = send(request(c));
        assertTrue(response.statusCode() < 500, () -> "server error: " + response.body());
        assertFalse(response.body().toLowerCase(Locale.ROOT).contains("payara"), response::body);
        if (c.refusedByContainer()) {
            assertEquals(400, response.statusCode(), response::body);
            assertEquals("", response.body());
            return;
        }
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(c.status(), response.statusCode(), response::body);
        if (c.status() >= 400) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                    response::body);
            JsonObject problem = (JsonObject) WilayahServer.json(response);
            assertEquals(c.status(), problem.getInt("status"));
            String detail = problem.getString("detail");
            assertFalse(detail.isBlank());
            assertTrue(detail.contains(c.detail()), () -> "detail '" + detail + "' lacks '" + c.detail() + "'");
            assertFalse(detail.length() > 1_000, "the detail does not echo huge input");
        } else {
            assertTrue(response.body().contains(c.detail()), response::body);
        }
    }

    /** A request only a hand-written client sends, and the status Payara's HTTP layer answers it with. */
    record RawRequest(String name, String request, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * What Payara answers before any application code runs: a request it cannot parse, a request line or headers over
     * the 16 KiB buffer (400: its HTTP layer has no 414 or 431), TRACE, a path it cannot decode. No hook shapes these
     * answers, so the contract is a bare status with an empty body that names no software: never Payara's HTML error
     * page with its version.
     */
    static Stream<RawRequest> refusedBeforeTheApplication() {
        String headers = "Host: 127.0.0.1\r\nConnection: close\r\n";
        return Stream.of(
                new RawRequest("request line with a fourth field", "GET /api/provinsi HTTP/1.1 extra\r\n" + headers
                        + "\r\n", 505),
                new RawRequest("unsupported HTTP version", "GET /api/provinsi HTTP/9.9\r\n" + headers + "\r\n", 505),
                new RawRequest("request line over 16 KiB",
                        "GET /api/provinsi?name=" + "a".repeat(17_000) + " HTTP/1.1\r\n" + headers + "\r\n", 400),
                new RawRequest("headers over 16 KiB",
                        "GET /api/provinsi HTTP/1.1\r\n" + headers + "X-Big: " + "a".repeat(17_000) + "\r\n\r\n", 400),
                new RawRequest("TRACE", "TRACE /api/provinsi HTTP/1.1\r\n" + headers + "\r\n", 405),
                new RawRequest("NUL in the path", "GET /api/provinsi/32%00 HTTP/1.1\r\n" + headers + "\r\n", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBeforeTheApplication")
    void refusedBeforeTheApplicationWithABareStatusThatNamesNoSoftware(RawRequest raw) throws IOException {
        try (Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(raw.request().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 " + raw.status() + " "), answer);
            assertFalse(answer.toLowerCase(Locale.ROOT).contains("payara"), answer);
            assertFalse(answer.toLowerCase(Locale.ROOT).contains("server:"), answer);
            assertEquals("", answer.substring(answer.indexOf("\r\n\r\n") + 4), answer);
        }
    }

    /**
     * A path that reads as one surface but routes to another once Payara decodes and resolves it (a proxy forwarding
     * only /api would forward these) is an unknown path, answered in the shape of the surface it names.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/..%2fadmin%2flogin.xhtml", "/api/..%2Fadmin%2Flogin.xhtml",
        "/nusantara/..%2fadmin%2flogin.xhtml", "/api/%2e%2e/admin/login.xhtml", "/api/..;x=y/admin/login.xhtml", "/api/../admin/login.xhtml", "/openapi-ui/..%2fadmin%2flogin.xhtml",
        "/api/provinsi/%2e%2e/32"})
    void aPathThatRoutesElsewhereThanItReadsIsUnknown(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.base() + path)).build());
        assertEquals(404, response.statusCode(), response::body);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(response.body().contains("ViewState") || response.body().contains("Wilayah admin"), response::body);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertEquals(path.startsWith("/nusantara") ? "application/json" : "application/problem+json", type);
        assertEquals(404, ((JsonObject) WilayahServer.json(response)).getInt(path.startsWith("/nusantara")
                ? "statusCode" : "status"));
    }

    /** Payara's own redirect for a directory was written before any filter, without the headers of every answer. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin", "/admin;x=y/keys.xhtml", "/wilayah", "/openapi-ui", "/webjars/swagger-ui"})
    void aDirectoryRedirectCarriesTheHeadersOfEveryAnswer(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.base() + path)).build());
        assertTrue(response.statusCode() == 301 || response.statusCode() == 302, () -> response.statusCode() + "");
        assertTrue(response.headers().firstValue("Location").orElse("").startsWith("/"), response.headers()::toString);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""),
                response.headers()::toString);
    }

    /**
     * A login post whose view state Faces cannot restore (claimed stateless, garbage, empty, or none at all) changes
     * nothing and gets the console's "Page expired" page with 400, never a 500 or a stack trace.
     */
    @ParameterizedTest(name = "view state {0}")
    @ValueSource(strings = {"stateless", "garbage-view-state", "", "-"})
    void aLoginPostFacesCannotRestoreGetsPageExpired(String viewState) {
        String form = "login=login&login%3Ausername=admin&login%3Apassword=x&login%3Asubmit=Log+in"
                + (viewState.equals("-") ? "" : "&jakarta.faces.ViewState=" + encode(viewState));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.base() + "/admin/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains("id=\"expired\""), response::body);
        assertFalse(response.body().contains("Exception"), response::body);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** The HTTP client refuses to send a fake Content-Length, so this one speaks HTTP itself. */
    @Test
    void anUploadDeclaredLargerThanAllowedIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/admin/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + adminKey
                    + "\r\nContent-Type: multipart/form-data; boundary=abc\r\nContent-Length: 900000000\r\n"
                    + "Connection: close\r\n\r\n--abc\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntil(socket.getInputStream(), "}");
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("wilayah.import.max-file-bytes"),
                    answer);
        }
    }

    /** The server answers without reading the announced body, so it does not close the connection: read to a mark. */
    private static String readUntil(InputStream in, String mark) throws IOException {
        StringBuilder answer = new StringBuilder();
        int next;
        while ((next = in.read()) != -1) {
            answer.append((char) next);
            if (answer.indexOf("\r\n\r\n") > 0 && answer.toString().endsWith(mark)) {
                break;
            }
        }
        return answer.toString();
    }

    /** HTTP/1.1 as curl and most clients speak it; the JDK client would otherwise upgrade to h2c. */
    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP_1_1.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void nothingChanged() {
        assertEquals(editionsBefore, TestDatabase.SHARED.string(EDITIONS), "editions changed");
        assertEquals(keysBefore, TestDatabase.SHARED.string(KEYS), "API keys changed");
    }

    private static final String EDITIONS = "select concat_ws('|', (select concat(edition_id, '@', version) from"
            + " active_edition), (select group_concat(concat(name, ':', status) order by id) from edition))";
    private static final String KEYS = "select group_concat(concat_ws(':', id, key_hash, scope, ifnull(expires_at, '-'),"
            + " ifnull(revoked_at, '-'), ifnull(replaced_by_id, '-'), ifnull(changed_at, '-')) order by id) from api_key";

    private HttpRequest request(Case c) {
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + c.path())).method(c.method(), body);
        String key = switch (c.key()) {
            case READ -> readKey;
            case ADMIN -> adminKey;
            case EXPIRED -> expiredKey;
            case REVOKED -> revokedKey;
            case NONE -> null;
            default -> c.key();
        };
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (c.accept() != null) {
            request.header("Accept", c.accept());
        }
        return request.build();
    }

    private static Multipart smallUpload(String edition) {
        Multipart form = new Multipart();
        if (edition != null) {
            form.field("edition", edition);
        }
        form.field("dryRun", "true");
        for (String file : List.of("provinces", "regencies", "districts", "villages")) {
            form.file(file, file + ".csv", Corpus.read("valid", file));
        }
        return form;
    }

    private static String encode(String raw) {
        return java.net.URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
