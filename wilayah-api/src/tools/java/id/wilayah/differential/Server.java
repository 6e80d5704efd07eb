package id.wilayah.differential;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One side of the comparison: a base URL and, for ours, the API key. HTTP/1.1 as the peer's clients speak it; a
 * failed or timed-out request is an answer of its own (status {@link #NO_ANSWER}), so it is compared and reported
 * instead of ending the run. A 429 with Retry-After is our key's rate limit: the request waits and is sent again
 * (a few times at most), so a run with an ordinary key is slower but not wrong.
 */
final class Server {
    static final int NO_ANSWER = -1;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int THROTTLE_RETRIES = 5;
    private static final long MAX_WAIT_SECONDS = 60;

    record Answer(int status, String body) {
        boolean answered() {
            return status != NO_ANSWER;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();
    private final AtomicInteger throttled = new AtomicInteger();
    private final String base;
    private final String apiKey;

    /** @param apiKey sent as X-API-Key; null for the peer, which has no keys */
    Server(String base, String apiKey) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = apiKey;
    }

    String base() {
        return base;
    }

    /** How often a 429 was waited out: the key's own rate limit, not a behaviour to compare (the peer has none). */
    int throttled() {
        return throttled.get();
    }

    private static OptionalLong retryAfterSeconds(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(value -> OptionalLong.of(Long.parseLong(value)))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException httpDate) {
            return OptionalLong.empty();
        }
    }

    Answer get(String pathAndQuery) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int retry = 0; retry < THROTTLE_RETRIES && response.statusCode() == TOO_MANY_REQUESTS; retry++) {
                OptionalLong wait = retryAfterSeconds(response);
                if (wait.isEmpty()) {
                    break;
                }
                throttled.incrementAndGet();
                Thread.sleep(Math.min(wait.getAsLong(), MAX_WAIT_SECONDS) * 1000);
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            return new Answer(response.statusCode(), response.body());
        } catch (HttpTimeoutException timeout) {
            return new Answer(NO_ANSWER, "timed out after " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException failed) {
            return new Answer(NO_ANSWER, failed.getClass().getSimpleName() + ": " + failed.getMessage());
        }
    }
}
