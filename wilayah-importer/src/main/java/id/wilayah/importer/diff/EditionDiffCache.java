package id.wilayah.importer.diff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diffs kept per pair of edition ids. A ready edition never changes, so a pair's diff is computed once (concurrent
 * first requests wait for the one computation rather than each loading ~92k rows twice) and kept for the
 * {@code wilayah.editions.diff-cache-size} most recently used pairs. A failed computation is not kept.
 */
@ApplicationScoped
public class EditionDiffCache {
    private record Pair(long fromId, long toId) {
        boolean involves(long editionId) {
            return fromId == editionId || toId == editionId;
        }
    }

    private final Map<Pair, FutureTask<EditionDiff>> diffs;

    /** For the CDI client proxy only. */
    EditionDiffCache() {
        this(1);
    }

    @Inject
    public EditionDiffCache(@ConfigProperty(name = "wilayah.editions.diff-cache-size", defaultValue = "6")
                            int capacity) {
        this.diffs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Pair, FutureTask<EditionDiff>> eldest) {
                return size() > Math.max(1, capacity);
            }
        };
    }

    /** The pair's diff, computed by {@code compute} unless it is kept or already being computed. */
    public EditionDiff get(long fromId, long toId, Supplier<EditionDiff> compute) {
        Pair pair = new Pair(fromId, toId);
        FutureTask<EditionDiff> task;
        boolean computesHere = false;
        synchronized (diffs) {
            task = diffs.get(pair);
            if (task == null) {
                task = new FutureTask<>(compute::get);
                diffs.put(pair, task);
                computesHere = true;
            }
        }
        if (computesHere) {
            task.run();
        }
        return outcome(pair, task);
    }

    /** Drops the diffs of an edition about to be deleted, so its rows are not kept alive by them. */
    public void forget(long editionId) {
        synchronized (diffs) {
            diffs.keySet().removeIf(pair -> pair.involves(editionId));
        }
    }

    private EditionDiff outcome(Pair pair, FutureTask<EditionDiff> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (diffs) {
                diffs.remove(pair, task);
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
            throw new IllegalStateException("Interrupted while waiting for a diff", e);
        }
    }
}
