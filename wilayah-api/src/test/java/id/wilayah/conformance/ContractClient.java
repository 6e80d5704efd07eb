package id.wilayah.conformance;

import id.wilayah.openapi.ResponseContract;
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
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Plain HTTP against any Wilayah server: a base URL and an API key are all the suite knows. HTTP/1.1 as curl and
 * browsers speak it to a plain-HTTP server; Java's default h2c upgrade would bypass Payara's gzip compression. Every
 * response of the API's surfaces is held to the server's own OpenAPI document ({@link ResponseContract}): a status,
 * media type or body the document does not promise fails the test that received it.
 */
public final class ContractClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String apiKey;
    private ResponseContract contract;

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
        HttpResponse<byte[]> response = exchange(request);
        String path = request.uri().getRawPath();
        if ((path.startsWith("/api/") || path.startsWith("/nusantara/")) && !request.method().equals("OPTIONS")) {
            List<String> broken = contract().violations(request.method(), path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), text(response));
            if (!broken.isEmpty()) {
                throw new AssertionError("The response breaks the OpenAPI document:\n" + String.join("\n", broken));
            }
        }
        return response;
    }

    private ResponseContract contract() {
        if (contract == null) {
            HttpResponse<byte[]> document = exchange(request("/openapi").header("Accept", "application/json").GET()
                    .build());
            contract = ResponseContract.of(text(document));
        }
        return contract;
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
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
