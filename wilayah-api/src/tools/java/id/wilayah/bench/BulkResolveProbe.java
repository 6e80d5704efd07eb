package id.wilayah.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * {@code POST /api/resolve} with 10,000 addresses (the styles of {@link ResolverMeasurement} in turn), timed from the
 * request to the last byte of the answer: the first call after start, then the median of warm calls.
 */
final class BulkResolveProbe {
    static final int ADDRESSES = 10_000;
    private static final int WARM_CALLS = 5;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HttpRequest request;

    record Result(double firstMillis, double warmMedianMillis, int answered) {
    }

    BulkResolveProbe(String base, String apiKey) {
        JsonArrayBuilder body = Json.createArrayBuilder();
        for (int i = 0; i < ADDRESSES; i++) {
            body.add(ResolverMeasurement.STYLES.get(i % ResolverMeasurement.STYLES.size()));
        }
        request = HttpRequest.newBuilder(URI.create(base + "/api/resolve")).header("X-API-Key", apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build();
    }

    Result measure() throws IOException, InterruptedException {
        double first = call();
        double[] warm = new double[WARM_CALLS];
        for (int i = 0; i < WARM_CALLS; i++) {
            warm[i] = call();
        }
        Arrays.sort(warm);
        return new Result(first, warm[WARM_CALLS / 2], ADDRESSES);
    }

    private double call() throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200 || !response.body().startsWith("{\"results\":[")) {
            throw new IllegalStateException("bulk resolve answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return millis;
    }
}
