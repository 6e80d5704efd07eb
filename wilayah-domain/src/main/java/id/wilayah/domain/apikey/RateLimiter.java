package id.wilayah.domain.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per key per minute, counted in a fixed one-minute window that opens with the key's first request. Kept in
 * memory on purpose: a limit that needs a database write per request would cost more than the requests it limits.
 */
@ApplicationScoped
public class RateLimiter {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    /** Empty when the request may pass; otherwise how long until the key's window reopens. */
    public Optional<Duration> admit(long keyId, int limitPerMinute, Instant now) {
        Window window = windows.compute(keyId,
                (id, current) -> current == null || !current.covers(now) ? new Window(now, 1) : current.plusOne());
        if (window.count() <= limitPerMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(WINDOW)));
    }

    private record Window(Instant start, int count) {
        boolean covers(Instant now) {
            return now.isBefore(start.plus(WINDOW));
        }

        Window plusOne() {
            return new Window(start, count + 1);
        }
    }
}
