package id.wilayah.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Runs Debian's wrk against one URL on loopback for a bounded time. */
final class Wrk {
    private final String apiKey;

    Wrk(String apiKey) {
        this.apiKey = apiKey;
    }

    WrkResult run(String url, int connections, Duration duration) throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        Process wrk = new ProcessBuilder(List.of("wrk", "--latency",
                "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "-H", "X-API-Key: " + apiKey, url))
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed:\n" + output);
        }
        return WrkResult.parse(output);
    }
}
