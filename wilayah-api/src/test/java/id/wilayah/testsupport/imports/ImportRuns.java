package id.wilayah.testsupport.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/** Uploads to /api/admin/imports with an admin key, and the runs they start followed to their end. */
public final class ImportRuns {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(200);

    private final WilayahServer server;
    private final String adminKey;

    public ImportRuns(WilayahServer server, String adminKey) {
        this.server = server;
        this.adminKey = adminKey;
    }

    public HttpRequest upload(Multipart form) {
        return HttpRequest.newBuilder(server.base().resolve("/api/admin/imports"))
                .header("X-API-Key", adminKey).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build();
    }

    /** The id of the run an accepted upload started. */
    public long start(Multipart form) {
        HttpResponse<String> response = server.send(upload(form));
        assertEquals(202, response.statusCode(), response::body);
        return ((JsonObject) WilayahServer.json(response)).getJsonNumber("id").longValue();
    }

    /** The run an accepted upload started, once it is no longer RUNNING. */
    public JsonObject run(Multipart form) {
        return await(start(form));
    }

    /** The run once it is no longer RUNNING. */
    public JsonObject await(long id) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = server.get("/api/admin/imports/" + id, adminKey);
            assertEquals(200, response.statusCode(), response::body);
            JsonObject run = (JsonObject) WilayahServer.json(response);
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Import run " + id + " still running after " + TIMEOUT);
    }

    /** A file as an administrator uploads a .gz. */
    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
