package id.wilayah.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * An HTTP client for a Wilayah server under test: loopback address, the port Arquillian chose, and the first-start
 * API key the server left in its home directory.
 */
public final class WilayahServer {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static volatile URI gaveUpOn;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public WilayahServer(URL arquillianUrl) {
        this.base = URI.create("http://127.0.0.1:" + arquillianUrl.getPort());
    }

    public URI base() {
        return base;
    }

    /**
     * Waits until the first import is done and the read model serves; gives up at once after one timeout. Payara may
     * report ready a moment before it routes requests to the application (its 404 pages are HTML), so readiness must
     * hold on two polls in a row and the API must answer with its own problem document.
     */
    public WilayahServer awaitReady() throws InterruptedException {
        return awaitReady(READY_TIMEOUT, () -> true, "");
    }

    /** As {@link #awaitReady()}, failing at once when {@code running} turns false; {@code logHint} says where to look. */
    public WilayahServer awaitReady(Duration timeout, BooleanSupplier running, String logHint)
            throws InterruptedException {
        if (base.equals(gaveUpOn)) {
            throw new IllegalStateException("Server at " + base + " did not become ready earlier");
        }
        Instant deadline = Instant.now().plus(timeout);
        int readyPolls = 0;
        while (Instant.now().isBefore(deadline)) {
            if (!running.getAsBoolean()) {
                throw new IllegalStateException("Server at " + base + " exited before it was ready; " + logHint);
            }
            readyPolls = servesTheApi() ? readyPolls + 1 : 0;
            if (readyPolls == 2) {
                return this;
            }
            Thread.sleep(250);
        }
        gaveUpOn = base;
        throw new IllegalStateException("Server at " + base + " not ready within " + timeout + "; " + logHint);
    }

    private boolean servesTheApi() {
        try {
            HttpResponse<String> ready = send(HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build());
            HttpResponse<String> anonymous = get("/api/whoami", null);
            return ready.statusCode() == 200 && anonymous.statusCode() == 401
                    && anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        } catch (UncheckedIOException notYetListening) {
            return false;
        }
    }

    public static Properties firstStartCredentials() {
        return PropertiesFiles.read(
                Path.of(System.getProperty("wilayah.it.home"), "first-start-credentials.properties"));
    }

    public String initialApiKey() {
        return firstStartCredentials().getProperty("api.key");
    }

    public HttpResponse<String> get(String path, String apiKey) {
        return send(getRequest(path, apiKey).build());
    }

    /** As curl and most clients ask: HTTP/1.1, without the upgrade to h2c that the JDK client tries otherwise. */
    public HttpResponse<String> getOverHttp11(String path, String apiKey) {
        return send(getRequest(path, apiKey).version(HttpClient.Version.HTTP_1_1).build());
    }

    private HttpRequest.Builder getRequest(String path, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return request;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
