package id.wilayah.api.http.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Unknown keys per client address per minute; past the limit further unknown keys get 429 instead of 401. Only
 * failures count and only failures are refused, so a client sharing an address with a guesser keeps working with its
 * valid key. A right guess past the limit is therefore answered, which costs nothing: secrets are random enough that
 * guessing is hopeless, and the guard is there to make a guesser loud and cheap to serve. In memory per node: guessing
 * is spread over nodes only as far as a load balancer spreads it, which multiplies the limit by the node count at most.
 */
@ApplicationScoped
public class KeyGuessingGuard {
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Above this many tracked clients, closed windows are dropped so a spray of addresses cannot fill the heap. */
    private static final int PRUNE_ABOVE = 10_000;

    @Inject
    @ConfigProperty(name = "wilayah.keys.failed-attempts-per-minute", defaultValue = "60")
    int failuresPerMinute;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Empty while the client may present another unknown key; otherwise how long until its window reopens. */
    public Optional<Duration> refusal(String client, Instant now) {
        Window window = windows.get(client);
        if (window == null || !window.covers(now) || window.failures() < failuresPerMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(WINDOW)));
    }

    public void recordFailure(String client, Instant now) {
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(window -> !window.covers(now));
        }
        windows.compute(client, (address, current) ->
                current == null || !current.covers(now) ? new Window(now, 1) : current.plusOne());
    }

    public int failuresPerMinute() {
        return failuresPerMinute;
    }

    private record Window(Instant start, int failures) {
        boolean covers(Instant now) {
            return now.isBefore(start.plus(WINDOW));
        }

        Window plusOne() {
            return new Window(start, failures + 1);
        }
    }
}
