package id.wilayah.domain.keyuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final RateLimiter limiter = new RateLimiter();
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void admitsUpToTheLimitThenSaysWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.admit(1, 3, start.plusSeconds(i)).isEmpty());
        }
        assertEquals(Duration.ofSeconds(50), limiter.admit(1, 3, start.plusSeconds(10)).orElseThrow());
    }

    @Test
    void opensANewWindowAfterAMinute() {
        limiter.admit(1, 1, start);
        assertTrue(limiter.admit(1, 1, start.plusSeconds(30)).isPresent());
        assertTrue(limiter.admit(1, 1, start.plusSeconds(60)).isEmpty());
    }

    @Test
    void countsEachKeySeparately() {
        limiter.admit(1, 1, start);
        assertTrue(limiter.admit(2, 1, start).isEmpty());
        assertTrue(limiter.admit(1, 1, start).isPresent());
    }

    @Test
    void eachOfTheLiveNodesAdmitsItsShareOfTheLimit() {
        int[] nodes = {2};
        RateLimiter shared = new RateLimiter(() -> nodes[0]);
        for (int i = 0; i < 5; i++) {
            assertTrue(shared.admit(1, 10, start).isEmpty());
        }
        assertTrue(shared.admit(1, 10, start).isPresent(), "two nodes: five each");
        nodes[0] = 1;
        assertTrue(shared.admit(1, 10, start).isEmpty(), "the other node gone: this one admits the whole limit");
    }

    @Test
    void aShareIsNeverLessThanOneRequest() {
        assertEquals(1, RateLimiter.share(3, 5));
        assertEquals(300, RateLimiter.share(600, 2));
        assertEquals(600, RateLimiter.share(600, 0));
    }
}
