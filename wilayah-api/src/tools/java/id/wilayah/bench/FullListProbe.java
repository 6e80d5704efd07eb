package id.wilayah.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fetches a full list the way a client would and times the first byte of the body and the whole transfer; also
 * reports whether the server streamed it (chunked, no Content-Length) and whether it was gzip-encoded.
 */
final class FullListProbe {
    private static final int WARM_UP = 5;
    private static final int MEASURED = 15;

    /** HTTP/1.1 as curl and browsers speak it; Java's default h2c upgrade would bypass Payara's gzip compression. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String apiKey;

    FullListProbe(String apiKey) {
        this.apiKey = apiKey;
    }

    record Result(double firstByteMillis, double totalMillis, long bytes, boolean streamed, boolean gzip) {
    }

    /** Medians over the measured fetches, after a few unmeasured ones. */
    Result measure(String url, boolean acceptGzip) throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            fetch(url, acceptGzip);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            results.add(fetch(url, acceptGzip));
        }
        Result last = results.get(results.size() - 1);
        return new Result(median(results.stream().mapToDouble(Result::firstByteMillis).toArray()),
                median(results.stream().mapToDouble(Result::totalMillis).toArray()),
                last.bytes(), last.streamed(), last.gzip());
    }

    private Result fetch(String url, boolean acceptGzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", apiKey);
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        long firstByte;
        long bytes;
        try (InputStream body = response.body()) {
            if (body.read() < 0) {
                throw new IOException(url + " answered an empty body");
            }
            firstByte = System.nanoTime();
            bytes = 1 + body.transferTo(OutputStream.nullOutputStream());
        }
        long end = System.nanoTime();
        boolean streamed = response.headers().firstValue("Content-Length").isEmpty();
        boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
        return new Result((firstByte - start) / 1e6, (end - start) / 1e6, bytes, streamed, gzip);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
