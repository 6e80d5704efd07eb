package id.wilayah.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, 300);

    @Test
    void afterTheFreeFailuresEachFurtherOneDoublesTheWaitUpToTheCeiling() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("203.0.113.7", "admin", now);
            assertTrue(throttle.refusal("203.0.113.7", "admin", now).isEmpty());
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : expected) {
            throttle.recordFailure("203.0.113.7", "admin", now);
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.refusal("203.0.113.7", "admin", now));
        }
        assertTrue(throttle.refusal("203.0.113.7", "admin", now.plusSeconds(300)).isEmpty());
    }

    @Test
    void anotherAddressOrUsernameIsNotAffectedButTypedVariantsOfTheNameAre() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("203.0.113.7", "admin", now);
        }
        assertTrue(throttle.refusal("203.0.113.7", " ADMIN ", now).isPresent());
        assertTrue(throttle.refusal("198.51.100.1", "admin", now).isEmpty());
        assertTrue(throttle.refusal("203.0.113.7", "operator", now).isEmpty());
    }

    @Test
    void aSuccessOrALongQuietStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("203.0.113.7", "admin", now);
        }
        throttle.recordSuccess("203.0.113.7", "admin");
        throttle.recordFailure("203.0.113.7", "admin", now);
        assertTrue(throttle.refusal("203.0.113.7", "admin", now).isEmpty());

        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("198.51.100.1", "admin", now);
        }
        Instant later = now.plusSeconds(600);
        throttle.recordFailure("198.51.100.1", "admin", later);
        assertTrue(throttle.refusal("198.51.100.1", "admin", later).isEmpty());
    }
}
