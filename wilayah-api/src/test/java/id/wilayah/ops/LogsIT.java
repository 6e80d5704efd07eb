package id.wilayah.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.EntrypointNode;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The logs as a log shipper reads them: a server started through entrypoint.sh with WILAYAH_LOG_FORMAT=json and the
 * access log on writes one JSON object per console line, and each request leaves a line naming its key (by name,
 * never the secret), method, path, status and latency. Its key goes into the shared database, so it runs with the
 * in-container classes, not beside them.
 */
@Execution(ExecutionMode.SAME_THREAD)
class LogsIT {
    private static final String KEY_NAME = "logs \"shipper\" key";
    private static EntrypointNode node;
    private static WilayahServer server;
    private static String secret;

    @BeforeAll
    static void startWithJsonAndAccessLogs() throws Exception {
        node = EntrypointNode.forIntegrationTests("json-logs")
                .environment(Map.of("WILAYAH_LOG_FORMAT", "json", "WILAYAH_LOG_ACCESS", "true"))
                .start();
        server = node.awaitReady();
        secret = TestKeys.create(KEY_NAME, "READ");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void everyConsoleLineIsOneJsonObject() throws IOException {
        List<String> lines = Files.readAllLines(node.log()).stream().filter(line -> !line.isBlank()).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            JsonObject entry = parse(line).orElseThrow(() -> new AssertionError("not one JSON object: " + line));
            assertTrue(entry.containsKey("LogMessage") && entry.containsKey("Level"), line);
        }
    }

    @Test
    void eachRequestLeavesAnAccessLineWithKeyNameStatusAndLatencyButNeverTheSecret() throws Exception {
        assertEquals(200, server.get("/api/kota/3204", secret).statusCode());
        assertEquals(404, server.get("/api/provinsi/99", secret).statusCode());
        assertEquals(401, server.get("/api/provinsi", null).statusCode());

        String ok = accessLine("path=/api/kota/3204 ");
        assertTrue(ok.matches("method=GET path=/api/kota/3204 status=200 ms=\\d+\\.\\d"
                + " key=\"logs \\\\\"shipper\\\\\" key\""), ok);
        assertTrue(accessLine("path=/api/provinsi/99 ").contains(" status=404 "));
        assertTrue(accessLine("path=/api/provinsi status=401").endsWith(" key=-"));
        assertFalse(Files.readString(node.log()).contains(secret), "the secret is in the log");
    }

    /** The access line whose message contains {@code fragment}; log lines reach the file a moment after the answer. */
    private static String accessLine(String fragment) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> found = Files.readAllLines(node.log()).stream().map(LogsIT::parse)
                    .flatMap(Optional::stream)
                    .filter(entry -> "id.wilayah.access".equals(entry.getString("LoggerName", "")))
                    .map(entry -> entry.getString("LogMessage"))
                    .filter(message -> message.contains(fragment))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no access line with '" + fragment + "' in " + node.log());
    }

    private static Optional<JsonObject> parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException notOneObject) {
            return Optional.empty();
        }
    }
}
