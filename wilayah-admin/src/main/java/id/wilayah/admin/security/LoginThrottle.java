package id.wilayah.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wrong passwords per (client address, username): after a few free tries each further failure refuses that pair for
 * twice as long as the one before, up to a ceiling. The account itself is never locked, so a stranger guessing
 * {@code admin} cannot keep the real admin out from another address. Whether the username exists plays no part, so
 * the refusal reveals nothing. In memory per node, like the key-guessing guard.
 */
@ApplicationScoped
public class LoginThrottle {
    /** Above this many tracked pairs, settled ones are dropped so a spray of names cannot fill the heap. */
    private static final int PRUNE_ABOVE = 10_000;

    @Inject
    @ConfigProperty(name = "wilayah.admin.login.free-failures", defaultValue = "3")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "wilayah.admin.login.max-delay-seconds", defaultValue = "300")
    long maxDelaySeconds;

    private final Map<Pair, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle() {
    }

    LoginThrottle(int freeFailures, long maxDelaySeconds) {
        this.freeFailures = freeFailures;
        this.maxDelaySeconds = maxDelaySeconds;
    }

    /** Empty while this address may try this username; otherwise how long it has to wait. */
    public Optional<Duration> refusal(String address, String username, Instant now) {
        Failures current = failures.get(Pair.of(address, username));
        if (current == null || !current.blockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.blockedUntil()));
    }

    public void recordFailure(String address, String username, Instant now) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.settledAt(now, maxDelay()));
        }
        failures.compute(Pair.of(address, username), (pair, current) -> {
            int count = current == null || current.settledAt(now, maxDelay()) ? 1 : current.count() + 1;
            return new Failures(count, now, now.plus(delayAfter(count)));
        });
    }

    public void recordSuccess(String address, String username) {
        failures.remove(Pair.of(address, username));
    }

    private Duration delayAfter(int count) {
        int doublings = count - freeFailures - 1;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        long seconds = doublings >= 30 ? maxDelaySeconds : Math.min(maxDelaySeconds, 1L << doublings);
        return Duration.ofSeconds(seconds);
    }

    private Duration maxDelay() {
        return Duration.ofSeconds(maxDelaySeconds);
    }

    /** Usernames are compared trimmed and case-folded, as typed variants of one name are the same target. */
    private record Pair(String address, String username) {
        static Pair of(String address, String username) {
            return new Pair(address, username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        }
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
        /** Long enough after the last failure that the pair starts afresh. */
        boolean settledAt(Instant now, Duration maxDelay) {
            return !now.isBefore(last.plus(maxDelay.multipliedBy(2)));
        }
    }
}
