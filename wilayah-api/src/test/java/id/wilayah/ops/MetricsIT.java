package id.wilayah.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWarOnItsOwnServer;
import id.wilayah.testsupport.TestKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /metrics as Prometheus scrapes it: the application's own metrics with their names and labels next to Payara's, read
 * with an admin key or from the configured scraper address (the failsafe configuration names 192.0.2.10, a client
 * behind the trusted loopback proxy), refused to everyone else; key secrets never appear in it. On a server of its
 * own: the exported mean covers a recent window while sum and count cover the server's life, so only a server that
 * served nothing else lets the test compare them exactly.
 */
class MetricsIT extends DeployedWarOnItsOwnServer {
    private static final String SCRAPER = "192.0.2.10";
    private static final String KEY_NAME = "metrics reader \"quoted\"";
    private static String adminKey;
    private static String readKey;

    @BeforeEach
    void keys() {
        if (adminKey == null) {
            adminKey = TestKeys.adminKey();
            readKey = TestKeys.create(KEY_NAME, "READ");
        }
    }

    @Test
    void metricsAreRefusedWithoutAnAdminKeyOrTheScraperAddress() {
        HttpResponse<String> anonymous = metrics(Optional.empty(), Optional.empty());
        assertEquals(401, anonymous.statusCode(), anonymous::body);
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        assertEquals(401, problem(anonymous).getInt("status"));
        assertFalse(anonymous.body().contains("# TYPE"));

        HttpResponse<String> unknownKey = metrics(Optional.of("wly_not-a-key"), Optional.empty());
        assertEquals(401, unknownKey.statusCode(), unknownKey::body);
        HttpResponse<String> readScope = metrics(Optional.of(readKey), Optional.empty());
        assertEquals(403, readScope.statusCode(), readScope::body);
        assertFalse(readScope.body().contains("# TYPE"));
        HttpResponse<String> otherAddress = metrics(Optional.empty(), Optional.of("192.0.2.11"));
        assertEquals(401, otherAddress.statusCode(), otherAddress::body);
        assertEquals(401, metricsPath("/metrics/application", Optional.empty(), Optional.empty()).statusCode());

        assertEquals(200, metrics(Optional.of(adminKey), Optional.empty()).statusCode());
        HttpResponse<String> scraper = metrics(Optional.empty(), Optional.of(SCRAPER));
        assertEquals(200, scraper.statusCode(), scraper::body);
        assertTrue(scraper.body().contains("# TYPE"), scraper::body);
    }

    @Test
    void requestsKeysRefusalsEditionImportsAndClusterLagAreExported() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, server.get("/api/kota/3204", readKey).statusCode());
        }
        assertEquals(200, server.get("/nusantara/kecamatan?name=pong", readKey).statusCode());
        assertEquals(404, server.get("/api/kota/9999", readKey).statusCode());
        assertEquals(401, server.get("/api/provinsi", "wly_wrong").statusCode());
        assertEquals(404, server.get("/api/no/such/path", readKey).statusCode());

        String text = metrics(Optional.of(adminKey), Optional.empty()).body();

        assertTrue(value(text, "wilayah_requests_seconds_count", "endpoint=\"/api/kota/{code}\"", "method=\"GET\"",
                "status=\"200\"", "surface=\"api\"") >= 3, text);
        assertTrue(value(text, "wilayah_requests_seconds_count", "endpoint=\"/api/kota/{code}\"", "status=\"404\"")
                >= 1, text);
        assertTrue(value(text, "wilayah_requests_seconds_count", "endpoint=\"/nusantara/kecamatan\"",
                "surface=\"nusantara\"", "status=\"200\"") >= 1, text);
        assertTrue(value(text, "wilayah_requests_seconds_bucket", "endpoint=\"/api/kota/{code}\"", "status=\"200\"",
                "le=\"0.1\"") >= 0, "a latency histogram with buckets: " + text);
        assertTrue(value(text, "wilayah_requests_seconds_bucket", "endpoint=\"/api/kota/{code}\"", "status=\"200\"",
                "le=\"+Inf\"") >= 3, text);
        assertTrue(value(text, "wilayah_requests_seconds_count", "endpoint=\"unmatched\"", "status=\"401\"") >= 1,
                text);
        assertFalse(text.contains("no/such/path"), "raw paths never become labels");

        assertTrue(value(text, "wilayah_key_requests_total", "key=\"metrics reader _quoted_\"") >= 6, text);
        assertTrue(value(text, "wilayah_refused_requests_total", "status=\"401\"", "surface=\"api\"") >= 1, text);
        assertTrue(text.contains("wilayah_refused_requests_total{"), text);
        assertEquals(1, value(text, "wilayah_active_edition", "edition=\"kemendagri-2025\""), text);
        assertTrue(value(text, "wilayah_import_runs_seconds_count", "status=\"COMPLETED\"") >= 0, text);
        assertTrue(value(text, "wilayah_import_runs_seconds_count", "status=\"FAILED\"") >= 0, text);
        double lag = value(text, "wilayah_cluster_poll_lag_seconds");
        assertTrue(lag >= 0 && lag < 5, "the cluster poll runs every second: " + lag);

        assertFalse(text.contains(readKey) || text.contains(adminKey), "no key secret in /metrics");
        assertTrue(text.contains("jvm_uptime_seconds") || text.contains("base_"), "Payara's own metrics stay");
    }

    /** What a Prometheus user computes from the export agrees with what a client measured of the same requests. */
    @Test
    void exportedDurationsAgreeWithWhatTheClientMeasured() {
        int requests = 40;
        long slowestNanos = 0;
        long totalNanos = 0;
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            assertEquals(200, server.get("/api/kelurahan/3204312005", readKey).statusCode());
            long took = System.nanoTime() - started;
            slowestNanos = Math.max(slowestNanos, took);
            totalNanos += took;
        }
        String text = metrics(Optional.of(adminKey), Optional.empty()).body();
        String[] labels = {"endpoint=\"/api/kelurahan/{code}\"", "status=\"200\""};

        double count = value(text, "wilayah_requests_seconds_count", labels);
        double sum = value(text, "wilayah_requests_seconds_sum", labels);
        assertEquals(requests, count, text);
        assertTrue(sum > 0 && sum <= totalNanos / 1e9, "server time " + sum + " s within the client's "
                + totalNanos / 1e9 + " s");
        double mean = value(text, "wilayah_requests_seconds_mean", labels);
        assertEquals(sum / count, mean, 0.1 * sum / count, "the mean is about sum / count, in seconds");
        assertTrue(value(text, "wilayah_requests_seconds_max", labels) <= slowestNanos / 1e9, text);
        assertFalse(text.lines().anyMatch(line -> line.startsWith("wilayah_requests_seconds{")
                && line.contains("quantile=")), "no quantiles, which Payara exports in nanoseconds: " + text);
        assertEquals(count, bucket(text, "+Inf", labels), text);
        assertEquals(count, bucket(text, "5.0", labels), "every request took less than 5 s: " + text);
        assertTrue(bucket(text, "0.001", labels) <= bucket(text, "5.0", labels), text);
    }

    private static double bucket(String text, String bound, String... labels) {
        return value(text, "wilayah_requests_seconds_bucket", concat(labels, "le=\"" + bound + "\""));
    }

    private static String[] concat(String[] labels, String more) {
        String[] all = java.util.Arrays.copyOf(labels, labels.length + 1);
        all[labels.length] = more;
        return all;
    }

    private HttpResponse<String> metrics(Optional<String> key, Optional<String> forwardedFor) {
        return metricsPath("/metrics", key, forwardedFor);
    }

    private HttpResponse<String> metricsPath(String path, Optional<String> key, Optional<String> forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path)).GET();
        key.ifPresent(secret -> request.header("X-API-Key", secret));
        forwardedFor.ifPresent(address -> request.header("X-Forwarded-For", address));
        return server.send(request.build());
    }

    private static JsonObject problem(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The value of the one sample of {@code name} whose labels include all of {@code labels}; fails if none. */
    private static double value(String text, String name, String... labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(text);
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("No sample " + name + " with " + List.of(labels) + " in:\n" + text);
    }
}
