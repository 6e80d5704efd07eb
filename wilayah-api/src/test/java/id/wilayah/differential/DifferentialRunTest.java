package id.wilayah.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole run against two stub servers on loopback: a peer that names the regency's type and one that does not. */
class DifferentialRunTest {
    private static final String KEY = "wly_test";
    private static final String LEBAK = "{\"code\":\"3602\",\"province\":\"36\",\"regency\":\"KABUPATEN LEBAK\"";
    private static final List<Probe> PROBES = List.of(
            new Probe("/provinsi/{code}", "/provinsi/36"),
            new Probe("/kabupaten/{code}", "/kabupaten/3602"),
            new Probe("/kabupaten", "/kabupaten?page=abc"));

    private HttpServer peer;
    private HttpServer ours;

    @AfterEach
    void stop() {
        peer.stop(0);
        ours.stop(0);
    }

    @Test
    void aFieldOnlyThePeerAnswersFailsTheRunAndIsReportedByRouteAndKind() throws Exception {
        peer = stub(false, LEBAK + ",\"type\":\"Kabupaten\"}", 500);
        ours = stub(true, LEBAK + "}", 400);
        List<Outcome> outcomes = DifferentialRun.run(PROBES, new Server(url(peer), null), new Server(url(ours), KEY),
                new AnswerComparison(AnswerComparison.Order.SET), 2);

        assertEquals(List.of(false, true, false), outcomes.stream().map(Outcome::differs).toList());
        assertTrue(outcomes.get(2).has(Difference.Kind.KEPT_CLIENT_ERROR), outcomes.get(2)::toString);
        String report = MarkdownReport.of(new MarkdownReport.Run(url(peer), url(ours), 1,
                AnswerComparison.Order.SET, "2026-01-01T00:00:00Z", 1.0), outcomes);
        assertTrue(report.contains("**1 of 3 requests differ.**"), report);
        assertTrue(report.contains("| `/kabupaten/{code}` | 1 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |"), report);
        assertTrue(report.contains("| `/kabupaten` | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |"), report);
        assertTrue(report.contains("- `GET /kabupaten/3602`\n  - `type`: peer `\"Kabupaten\"`, ours `(absent)`"),
                report);
    }

    @Test
    void theSameAnswersAreNoDifferenceEvenWhenOurKeyIsThrottledOnce() throws Exception {
        peer = stub(false, LEBAK + "}", 400);
        ours = stub(true, LEBAK + "}", 400);
        Server throttledOnce = new Server(url(ours), KEY);
        List<Outcome> outcomes = DifferentialRun.run(PROBES, new Server(url(peer), null), throttledOnce,
                new AnswerComparison(AnswerComparison.Order.SET), 1);

        assertFalse(outcomes.stream().anyMatch(Outcome::differs), outcomes::toString);
        assertTrue(outcomes.stream().allMatch(outcome -> outcome.differences().isEmpty()), outcomes::toString);
        assertEquals(1, throttledOnce.throttled());
        String report = MarkdownReport.of(new MarkdownReport.Run(url(peer), url(ours), 1,
                AnswerComparison.Order.SET, "2026-01-01T00:00:00Z", 1.0), outcomes);
        assertTrue(report.contains("**No difference.**"), report);
    }

    /**
     * A /nusantara-like stub: province 36, regency 3602 as given, a bad page answered with the given status; a keyed
     * stub wants the key and answers its first request 429 with Retry-After 0, as our rate limit does.
     */
    private static HttpServer stub(boolean keyed, String regency, int badPageStatus) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicBoolean throttled = new AtomicBoolean(!keyed);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            if (keyed && !KEY.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
                answer(exchange, 401, "{\"statusCode\":401,\"message\":\"Missing X-API-Key header\"}");
            } else if (throttled.compareAndSet(false, true)) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                answer(exchange, 429, "{\"statusCode\":429,\"message\":\"slow down\"}");
            } else if (path.equals("/provinsi/36")) {
                answer(exchange, 200, "{\"province\":\"Banten\",\"code\":\"36\"}");
            } else if (path.equals("/kabupaten/3602")) {
                answer(exchange, 200, regency);
            } else {
                answer(exchange, badPageStatus, "{\"statusCode\":" + badPageStatus + ",\"message\":\"bad page\"}");
            }
        });
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
