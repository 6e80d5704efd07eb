package id.wilayah.api.http.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many expensive reads run at once: at most {@code wilayah.limits.expensive-per-key} for one key and
 * {@code wilayah.limits.expensive-total} for all keys together. A request over either limit is refused at once; a
 * queue would only hold worker threads the cheap reads need.
 */
@ApplicationScoped
public class ExpensiveReadLimiter {
    private final int perKey;
    private final Semaphore total;
    /** Reads running per key; a key without any has no entry, so the map holds only keys in use. */
    private final ConcurrentHashMap<Long, Integer> runningPerKey = new ConcurrentHashMap<>();

    /** For the CDI client proxy only. */
    ExpensiveReadLimiter() {
        this(1, 1);
    }

    @Inject
    public ExpensiveReadLimiter(
            @ConfigProperty(name = "wilayah.limits.expensive-per-key", defaultValue = "1") int perKey,
            @ConfigProperty(name = "wilayah.limits.expensive-total", defaultValue = "2") int total) {
        this.perKey = Math.max(1, perKey);
        this.total = new Semaphore(Math.max(1, total));
    }

    /** A permit to run one expensive read for the key, to be released when the answer is written. */
    public Permit acquire(long keyId) {
        if (!takeKeySlot(keyId)) {
            throw ExpensiveReadRefusedException.keyBusy(perKey);
        }
        if (!total.tryAcquire()) {
            releaseKeySlot(keyId);
            throw ExpensiveReadRefusedException.serverBusy();
        }
        return new Permit(keyId);
    }

    private boolean takeKeySlot(long keyId) {
        AtomicBoolean taken = new AtomicBoolean();
        runningPerKey.compute(keyId, (id, running) -> {
            int now = running == null ? 0 : running;
            if (now >= perKey) {
                return running;
            }
            taken.set(true);
            return now + 1;
        });
        return taken.get();
    }

    private void releaseKeySlot(long keyId) {
        runningPerKey.computeIfPresent(keyId, (id, running) -> running == 1 ? null : running - 1);
    }

    /** One running expensive read; releasing it twice releases it once. */
    public final class Permit {
        private final long keyId;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(long keyId) {
            this.keyId = keyId;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                total.release();
                releaseKeySlot(keyId);
            }
        }
    }
}
