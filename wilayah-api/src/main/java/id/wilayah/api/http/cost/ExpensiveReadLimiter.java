package id.wilayah.api.http.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many expensive reads run at once: at most {@code wilayah.limits.expensive-per-key} for one key and
 * {@code wilayah.limits.expensive-total} for all keys together. A request over either limit is refused at once; a
 * queue would only hold worker threads the cheap reads need.
 *
 * <p>The key's slot is held until the answer ends. The server's slot is held only while the answer is computed: an
 * answer gives it back for each write to its client and takes it again before it computes on. A client that reads
 * slowly or not at all so holds its own key's slot and a worker thread, never the other keys' share of the server.
 */
@ApplicationScoped
public class ExpensiveReadLimiter {
    /**
     * How long an answer under way waits for the server's slot after a write before it is ended: as long as the
     * transport waits for a client that does not read (Payara's write timeout), so waiting for a slot holds its
     * thread no longer than its client could.
     */
    private static final Duration SERVER_SLOT_WAIT = Duration.ofSeconds(30);

    private final int perKey;
    /** Fair, so that answers under way, which wait for it, go before new requests, which never do. */
    private final Semaphore total;
    private final Duration serverSlotWait;
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
        this(perKey, total, SERVER_SLOT_WAIT);
    }

    ExpensiveReadLimiter(int perKey, int total, Duration serverSlotWait) {
        this.perKey = Math.max(1, perKey);
        this.total = new Semaphore(Math.max(1, total), true);
        this.serverSlotWait = serverSlotWait;
    }

    /** A permit to run one expensive read for the key, to be released when the answer is written. */
    public Permit acquire(long keyId) {
        if (!takeKeySlot(keyId)) {
            throw ExpensiveReadRefusedException.keyBusy(perKey);
        }
        if (!takeFreeServerSlot()) {
            releaseKeySlot(keyId);
            throw ExpensiveReadRefusedException.serverBusy();
        }
        return new Permit(keyId);
    }

    /** A free slot that no answer under way is waiting for (tryAcquire() without a timeout would jump the queue). */
    private boolean takeFreeServerSlot() {
        try {
            return total.tryAcquire(0, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
        private boolean holdsServerSlot = true;
        private boolean released;

        private Permit(long keyId) {
            this.keyId = keyId;
        }

        /** While the answer is written to its client, which may read slowly or not at all. */
        public synchronized void yieldServerSlot() {
            if (holdsServerSlot) {
                holdsServerSlot = false;
                total.release();
            }
        }

        /**
         * Before the answer computes on after a write. An answer under way cannot be refused with a status any more,
         * so it waits for the slot; one that finds none in time is ended by the exception.
         */
        public void retakeServerSlot() throws IOException {
            synchronized (this) {
                if (holdsServerSlot || released) {
                    return;
                }
            }
            boolean taken;
            try {
                taken = total.tryAcquire(serverSlotWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting to go on with an expensive read");
            }
            if (!taken) {
                throw new IOException("No expensive-read slot came free within " + serverSlotWait.toSeconds()
                        + " s to go on with this answer; it is ended");
            }
            synchronized (this) {
                if (released) {
                    total.release();
                } else {
                    holdsServerSlot = true;
                }
            }
        }

        public synchronized void release() {
            if (!released) {
                released = true;
                yieldServerSlot();
                releaseKeySlot(keyId);
            }
        }
    }
}
