package id.wilayah.api.http.cost;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.failure.FailureKind;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExpensiveReadLimiterTest {
    private static final Duration SLOT_WAIT = Duration.ofSeconds(10);

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

    @Test
    void anAnswerBeingWrittenLeavesTheServersSlotToOtherKeysButKeepsItsKeysSlot() {
        ExpensiveReadLimiter oneAtATime = new ExpensiveReadLimiter(1, 1, SLOT_WAIT);
        ExpensiveReadLimiter.Permit unread = oneAtATime.acquire(1);
        assertThrows(ExpensiveReadRefusedException.class, () -> oneAtATime.acquire(2));

        unread.yieldServerSlot();

        assertDoesNotThrow(() -> oneAtATime.acquire(2));
        ExpensiveReadRefusedException refused = assertThrows(ExpensiveReadRefusedException.class,
                () -> oneAtATime.acquire(1));
        assertEquals(FailureKind.RATE_LIMITED, refused.kind());
    }

    @Test
    void anAnswerGoingOnAfterAWriteGetsTheNextFreeSlotBeforeANewRequest() throws Exception {
        ExpensiveReadLimiter oneAtATime = new ExpensiveReadLimiter(1, 1, SLOT_WAIT);
        ExpensiveReadLimiter.Permit written = oneAtATime.acquire(1);
        written.yieldServerSlot();
        ExpensiveReadLimiter.Permit computing = oneAtATime.acquire(2);
        Thread goingOn = new Thread(() -> {
            try {
                written.retakeServerSlot();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        goingOn.start();
        awaitWaiting(goingOn);

        computing.release();

        assertEquals(FailureKind.UNAVAILABLE,
                assertThrows(ExpensiveReadRefusedException.class, () -> oneAtATime.acquire(3)).kind());
        goingOn.join(SLOT_WAIT.toMillis());
        assertEquals(Thread.State.TERMINATED, goingOn.getState());
        assertEquals(FailureKind.UNAVAILABLE,
                assertThrows(ExpensiveReadRefusedException.class, () -> oneAtATime.acquire(3)).kind());
        written.release();
        assertDoesNotThrow(() -> oneAtATime.acquire(3));
    }

    @Test
    void anAnswerThatFindsNoSlotAfterAWriteIsEnded() {
        ExpensiveReadLimiter oneAtATime = new ExpensiveReadLimiter(1, 1, Duration.ofMillis(50));
        ExpensiveReadLimiter.Permit written = oneAtATime.acquire(1);
        written.yieldServerSlot();
        oneAtATime.acquire(2);

        assertThrows(IOException.class, written::retakeServerSlot);
    }

    @Test
    void anAnswerEndedWhileWrittenGivesBackItsKeysSlotAndNoServerSlotItDoesNotHold() {
        ExpensiveReadLimiter oneAtATime = new ExpensiveReadLimiter(1, 1, SLOT_WAIT);
        ExpensiveReadLimiter.Permit written = oneAtATime.acquire(1);
        written.yieldServerSlot();
        ExpensiveReadLimiter.Permit other = oneAtATime.acquire(2);

        written.release();

        assertEquals(FailureKind.UNAVAILABLE, assertThrows(ExpensiveReadRefusedException.class,
                () -> oneAtATime.acquire(1)).kind(), "the key's slot is free, the server's is the other key's");
        other.release();
        oneAtATime.acquire(3);
        assertThrows(ExpensiveReadRefusedException.class, () -> oneAtATime.acquire(4));
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(Thread.State.TIMED_WAITING, thread.getState(), "waiting for the server's slot");
    }
}
