package id.wilayah.api.http.cost;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.failure.FailureKind;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ExpensiveReadLimiterTest {
    private final ExpensiveReadLimiter limiter = new ExpensiveReadLimiter(2, 3);

    @Test
    void refusesAThirdReadOfOneKeyWith429AndRetryAfter() {
        limiter.acquire(1);
        limiter.acquire(1);
        ExpensiveReadRefusedException refused = assertThrows(ExpensiveReadRefusedException.class,
                () -> limiter.acquire(1));
        assertEquals(FailureKind.RATE_LIMITED, refused.kind());
        assertEquals(OptionalLong.of(1), refused.retryAfterSeconds());
    }

    @Test
    void refusesReadsOverTheTotalWith503AndRetryAfter() {
        limiter.acquire(1);
        limiter.acquire(2);
        limiter.acquire(3);
        ExpensiveReadRefusedException refused = assertThrows(ExpensiveReadRefusedException.class,
                () -> limiter.acquire(4));
        assertEquals(FailureKind.UNAVAILABLE, refused.kind());
        assertEquals(OptionalLong.of(1), refused.retryAfterSeconds());
    }

    @Test
    void aKeyRefusedForTheTotalKeepsItsOwnSlots() {
        limiter.acquire(1);
        limiter.acquire(2);
        ExpensiveReadLimiter.Permit third = limiter.acquire(3);
        assertThrows(ExpensiveReadRefusedException.class, () -> limiter.acquire(4));
        third.release();
        limiter.acquire(4);
        third.release();
        assertThrows(ExpensiveReadRefusedException.class, () -> limiter.acquire(5));
    }

    @Test
    void aReleasedPermitFreesItsSlotOnceEvenIfReleasedTwice() {
        ExpensiveReadLimiter.Permit first = limiter.acquire(1);
        limiter.acquire(1);
        first.release();
        first.release();
        assertDoesNotThrow(() -> limiter.acquire(1));
        assertThrows(ExpensiveReadRefusedException.class, () -> limiter.acquire(1));
    }
}
