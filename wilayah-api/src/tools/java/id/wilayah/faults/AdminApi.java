package id.wilayah.faults;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The admin automation API as an operator's script would use it, with an admin-scope key. */
final class AdminApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final String adminKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AdminApi(String base, String adminKey) {
        this.base = base;
        this.adminKey = adminKey;
    }

    /** Starts a real (not dry-run) import of a bundled dataset; returns the run's id. */
    long startImport(String dataset) {
        JsonObject run = (JsonObject) send("POST", "/api/admin/imports",
                "{\"dataset\":\"" + dataset + "\",\"dryRun\":false}", 202);
        return run.getJsonNumber("id").longValue();
    }

    /** Polls a run until it is no longer running. */
    JsonObject awaitRun(long id, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            JsonObject run = (JsonObject) get("/api/admin/imports/" + id);
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("import run " + id + " still running after " + timeout);
    }

    void activate(String edition) {
        send("POST", "/api/admin/editions/" + edition + "/activate", "", 200);
    }

    /** A read key at the highest per-key rate limit (a million a minute), far above this load; returns id and secret. */
    JsonObject createReadKey(String name) {
        return (JsonObject) send("POST", "/api/admin/keys",
                "{\"name\":\"" + name + "\",\"scope\":\"read\",\"rateLimitPerMinute\":1000000}", 201);
    }

    /** The successor's id and secret; the old secret keeps working for the grace period. */
    JsonObject rotate(long keyId, Duration grace) {
        return (JsonObject) send("POST", "/api/admin/keys/" + keyId + "/rotate?graceSeconds=" + grace.toSeconds(), "",
                200);
    }

    void revoke(long keyId) {
        send("DELETE", "/api/admin/keys/" + keyId, null, 200);
    }

    JsonArray keys() {
        return (JsonArray) get("/api/admin/keys");
    }

    JsonStructure get(String path) {
        return send("GET", path, null, 200);
    }

    /** A path's body with an edition pinned. */
    byte[] pinned(String path, String edition) {
        String pinnedPath = path + (path.contains("?") ? "&" : "?") + "edition=" + edition;
        HttpResponse<byte[]> response = exchange("GET", pinnedPath, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pinnedPath + " answered " + response.statusCode());
        }
        return response.body();
    }

    private JsonStructure send(String method, String path, String json, int expected) {
        HttpResponse<byte[]> response = exchange(method, path, json);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
            return reader.read();
        }
    }

    private HttpResponse<byte[]> exchange(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("X-API-Key", adminKey);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
