package id.wilayah.importer.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EditionDiffCacheTest {
    private final AtomicInteger computations = new AtomicInteger();

    private Supplier<EditionDiff> diff(String from, String to) {
        return () -> {
            computations.incrementAndGet();
            return new EditionDiff(from, to, List.of(), null);
        };
    }

    @Test
    void concurrentFirstRequestsForOnePairComputeItOnce() throws Exception {
        EditionDiffCache cache = new EditionDiffCache(4);
        CountDownLatch start = new CountDownLatch(1);
        Supplier<EditionDiff> slow = () -> {
            computations.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new EditionDiff("a", "b", List.of(), null);
        };
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<EditionDiff>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.get(1, 2, slow);
                }));
            }
            start.countDown();
            EditionDiff first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<EditionDiff> answer : answers) {
                assertSame(first, answer.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computations.get());
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedPairs() {
        EditionDiffCache cache = new EditionDiffCache(2);
        cache.get(1, 2, diff("a", "b"));
        cache.get(1, 3, diff("a", "c"));
        cache.get(1, 2, diff("a", "b"));
        cache.get(2, 3, diff("b", "c"));
        assertEquals(3, computations.get());

        cache.get(1, 2, diff("a", "b"));
        assertEquals(3, computations.get(), "recently used, so kept");
        cache.get(1, 3, diff("a", "c"));
        assertEquals(4, computations.get(), "least recently used, so dropped");
    }

    @Test
    void aPairIsDirectedSoTheReverseIsItsOwnDiff() {
        EditionDiffCache cache = new EditionDiffCache(4);
        assertEquals("a", cache.get(1, 2, diff("a", "b")).from());
        assertEquals("b", cache.get(2, 1, diff("b", "a")).from());
        assertEquals(2, computations.get());
    }

    @Test
    void forgetsTheDiffsOfADeletedEdition() {
        EditionDiffCache cache = new EditionDiffCache(4);
        cache.get(1, 2, diff("a", "b"));
        cache.get(3, 4, diff("c", "d"));
        cache.forget(2);
        cache.get(1, 2, diff("a", "b"));
        cache.get(3, 4, diff("c", "d"));
        assertEquals(3, computations.get());
    }

    @Test
    void aFailedComputationIsNotKept() {
        EditionDiffCache cache = new EditionDiffCache(4);
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> cache.get(1, 2, () -> {
            throw new IllegalStateException("database unreachable");
        }));
        assertEquals("database unreachable", failure.getMessage());
        assertTrue(cache.get(1, 2, diff("a", "b")) != null);
        assertEquals(1, computations.get());
    }
}
