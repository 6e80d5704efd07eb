package id.wilayah.domain.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Values derived from a pair of ready editions (a diff, a crosswalk), kept per pair of edition ids. A ready edition
 * never changes, so a pair's value is computed once (concurrent first requests wait for the one computation rather
 * than each repeating it) and kept for the {@code capacity} most recently used pairs. A failed computation is not kept.
 * A capacity that follows something changing (the number of retained editions) is read again at every new pair.
 */
public class EditionPairCache<V> {
    private record Pair(long fromId, long toId) {
        boolean involves(long editionId) {
            return fromId == editionId || toId == editionId;
        }
    }

    private final Map<Pair, FutureTask<V>> values;
    private final IntSupplier capacity;

    public EditionPairCache(int capacity) {
        this(() -> capacity);
    }

    public EditionPairCache(IntSupplier capacity) {
        this.values = new LinkedHashMap<>(16, 0.75f, true);
        this.capacity = capacity;
    }

    /** The pair's value, computed by {@code compute} unless it is kept or already being computed. */
    public V get(long fromId, long toId, Supplier<V> compute) {
        Pair pair = new Pair(fromId, toId);
        FutureTask<V> task;
        boolean computesHere = false;
        int limit = Math.max(1, capacity.getAsInt());
        synchronized (values) {
            task = values.get(pair);
            if (task == null) {
                task = new FutureTask<>(compute::get);
                values.put(pair, task);
                trimTo(limit);
                computesHere = true;
            }
        }
        if (computesHere) {
            task.run();
        }
        return outcome(pair, task);
    }

    /** Drops the values of an edition about to be deleted, so its rows are not kept alive by them. */
    public void forget(long editionId) {
        synchronized (values) {
            values.keySet().removeIf(pair -> pair.involves(editionId));
        }
    }

    public void forgetAll() {
        synchronized (values) {
            values.clear();
        }
    }

    /** Least recently used first out; the pair just added is the most recent, so it stays. */
    private void trimTo(int kept) {
        var eldest = values.keySet().iterator();
        while (values.size() > kept && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    private V outcome(Pair pair, FutureTask<V> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (values) {
                values.remove(pair, task);
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a value of two editions", e);
        }
    }
}
