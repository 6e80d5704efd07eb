package id.wilayah.api.http.json;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.search.LevelIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Whole native lists serialised once per snapshot and kept as long as the snapshot is used: a snapshot never changes,
 * so neither does the body. Only lists of 1 to {@value #LIMIT} regions are kept, so unknown parent codes cannot grow
 * the map and the longest lists are streamed instead of held a second time. A snapshot no longer referenced by the
 * read model takes its bodies with it (weak keys); the snapshot most requests read is looked up without a lock.
 */
public final class KeptLists {
    public static final int LIMIT = 1_000;

    private final Map<RegionSnapshot, ConcurrentMap<Key, byte[]>> bySnapshot = new WeakHashMap<>();
    private volatile Latest latest = new Latest(null, new ConcurrentHashMap<>());

    /**
     * The JSON array of the unfiltered list of {@code parentCode}'s children (the whole level when null), if it
     * qualifies. {@code view} must be the level's one item view: the body is looked up by level and parent only.
     */
    public <R extends Region, T> Optional<byte[]> json(RegionSnapshot snapshot, LevelIndex<R> level,
                                                       String parentCode, Function<R, T> view) {
        List<R> regions = level.list(parentCode, null);
        if (regions.isEmpty() || regions.size() > LIMIT) {
            return Optional.empty();
        }
        return Optional.of(bodiesOf(snapshot).computeIfAbsent(new Key(level, parentCode),
                key -> new JsonArrayStream<>(regions, view, JsonConfiguration.JSONB).bytes()));
    }

    private ConcurrentMap<Key, byte[]> bodiesOf(RegionSnapshot snapshot) {
        Latest seen = latest;
        if (seen.snapshot() == snapshot) {
            return seen.bodies();
        }
        synchronized (bySnapshot) {
            ConcurrentMap<Key, byte[]> bodies = bySnapshot.computeIfAbsent(snapshot, s -> new ConcurrentHashMap<>());
            latest = new Latest(snapshot, bodies);
            return bodies;
        }
    }

    /** The bodies never reference their snapshot, or the weak key could never be cleared. */
    private record Key(LevelIndex<?> level, String parentCode) {
    }

    private record Latest(RegionSnapshot snapshot, ConcurrentMap<Key, byte[]> bodies) {
    }
}
