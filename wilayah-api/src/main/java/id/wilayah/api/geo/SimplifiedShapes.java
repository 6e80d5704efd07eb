package id.wilayah.api.geo;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.region.Level;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Simplified boundaries, kept once computed: topology-preserving simplification of a large regency takes far longer
 * than a request should, and map clients ask for the same region at the same tolerance again and again.
 */
@ApplicationScoped
public class SimplifiedShapes {
    private static final int KEPT = 1024;

    private final Map<String, Shape> kept = new LinkedHashMap<>(256, 0.75f, true);

    Shape of(EditionInfo edition, Level level, RegionShape region, double metres) {
        String key = edition.id() + "|" + level + "|" + region.code() + "|" + metres;
        synchronized (kept) {
            Shape shape = kept.get(key);
            if (shape != null) {
                return shape;
            }
        }
        Shape simplified = region.shape().simplified(metres);
        synchronized (kept) {
            kept.put(key, simplified);
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return simplified;
    }
}
