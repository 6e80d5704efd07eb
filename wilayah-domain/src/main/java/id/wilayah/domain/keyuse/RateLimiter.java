package id.wilayah.domain.keyuse;

import id.wilayah.domain.cluster.LiveNodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Requests per key per minute, counted in a fixed one-minute window that opens with the key's first request. Kept in
 * memory on purpose: a limit that needs a database write per request would cost more than the requests it limits.
 * The live nodes share a key's limit: each admits its share, the limit divided by the number of live nodes (at least
 * one request), so a client spread over the nodes gets its limit in all. A client held to one node gets that node's
 * share only.
 */
@ApplicationScoped
public class RateLimiter {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private IntSupplier liveNodes = () -> 1;

    public RateLimiter() {
    }

    RateLimiter(IntSupplier liveNodes) {
        this.liveNodes = liveNodes;
    }

    @Inject
    void countLiveNodesWith(LiveNodes nodes) {
        this.liveNodes = nodes::count;
    }

    /** Empty when the request may pass; otherwise how long until the key's window on this node reopens. */
    public Optional<Duration> admit(long keyId, int limitPerMinute, Instant now) {
        Window window = windows.compute(keyId,
                (id, current) -> current == null || !current.covers(now) ? new Window(now, 1) : current.plusOne());
        if (window.count() <= share(limitPerMinute, liveNodes.getAsInt())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(WINDOW)));
    }

    static int share(int limitPerMinute, int nodes) {
        return Math.max(1, limitPerMinute / Math.max(1, nodes));
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
