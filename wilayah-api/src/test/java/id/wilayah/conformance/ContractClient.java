package id.wilayah.conformance;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * Plain HTTP against any Wilayah server: a base URL and an API key are all the suite knows. HTTP/1.1 as curl and
 * browsers speak it to a plain-HTTP server; Java's default h2c upgrade would bypass Payara's gzip compression.
 */
public final class ContractClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String apiKey;

    public ContractClient(URI base, String apiKey) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.apiKey = apiKey;
    }

    public String apiKey() {
        return apiKey;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofMinutes(2));
    }

    public HttpResponse<byte[]> get(String path) {
        return send(request(path).header("X-API-Key", apiKey).GET().build());
    }

    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String text(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    public static JsonStructure json(HttpResponse<byte[]> response) {
        try (var reader = Json.createReader(new InputStreamReader(
                new ByteArrayInputStream(text(response).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            return reader.read();
        }
    }
}
