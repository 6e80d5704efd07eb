package id.wilayah.api.tiles;

import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.readmodel.RegionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered tiles, kept because a map asks for the same tiles again and again (every client panning over the same
 * city) and a tile never changes within an edition's geography. Bounded by the bytes it holds
 * ({@value #CAPACITY_KEY}, counting each tile's bytes plus a fixed allowance for its entry), least recently used out
 * first; empty tiles are kept too, since the sea around Indonesia is most of the tiles asked for. A tile belongs to
 * an edition, a code system and the geography model it was drawn from: a model loaded afresh (shapes imported after
 * the activation) never answers with tiles of the one before, and an activation empties the cache. Each model's
 * {@link CoarseShapes} live as long as the model does.
 */
@ApplicationScoped
public class RenderedTiles {
    public static final String CAPACITY_KEY = "wilayah.tiles.cache-mb";
    /** Key, map entry and array headers of one kept tile, as a 64-bit JVM with compressed pointers lays them out. */
    public static final int ENTRY_BYTES = 160;

    private final Map<TileKey, byte[]> kept = new LinkedHashMap<>(1024, 0.75f, true);
    private final Map<GeoModel, Model> models = new WeakHashMap<>();
    private long nextModel;
    private long bytes;
    private long capacityBytes;

    /** For the container's client proxy. */
    RenderedTiles() {
    }

    @Inject
    RenderedTiles(@ConfigProperty(name = CAPACITY_KEY, defaultValue = "64") int capacityMb) {
        this.capacityBytes = (long) capacityMb << 20;
    }

    static RenderedTiles ofCapacity(long capacityBytes) {
        RenderedTiles tiles = new RenderedTiles();
        tiles.capacityBytes = capacityBytes;
        return tiles;
    }

    /** The tile, from the cache or drawn now; an empty array for a tile with nothing in it. */
    byte[] tile(RegionSnapshot snapshot, GeoModel geo, TileAddress tile) {
        TileKey key;
        Model model;
        synchronized (kept) {
            model = models.computeIfAbsent(geo, loaded -> new Model(nextModel++, new CoarseShapes()));
            key = new TileKey(snapshot.edition().id(), snapshot.codes().system(), model.serial(), tile);
            byte[] found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        byte[] drawn = TileRenderer.render(geo, model.coarse(), snapshot, tile);
        synchronized (kept) {
            if (capacityBytes > 0 && kept.put(key, drawn) == null) {
                bytes += cost(drawn);
                var eldest = kept.entrySet().iterator();
                while (bytes > capacityBytes && eldest.hasNext()) {
                    bytes -= cost(eldest.next().getValue());
                    eldest.remove();
                }
            }
        }
        return drawn;
    }

    /** What the kept tiles take, as counted against the capacity. */
    long bytes() {
        synchronized (kept) {
            return bytes;
        }
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        synchronized (kept) {
            kept.clear();
            bytes = 0;
        }
    }

    private static long cost(byte[] tile) {
        return tile.length + ENTRY_BYTES;
    }

    /** A geography model as tiles know it: a number of its own, and its shapes simplified for low zooms. */
    private record Model(long serial, CoarseShapes coarse) {
    }

    private record TileKey(long edition, String codes, long model, TileAddress tile) {
    }
}
