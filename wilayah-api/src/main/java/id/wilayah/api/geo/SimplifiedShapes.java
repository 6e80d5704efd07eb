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
 * than a request should, and map clients ask for the same region at the same tolerance again and again. Tolerances are
 * rounded down to 1, 2 or 5 times a power of ten (at least 1 m), so a region has few simplified versions: map clients
 * asking for nearby tolerances share one, and a client cannot make the server simplify a region afresh with every
 * number it can write. Not an expensive read under a per-key limit: a map loads many boundaries at once.
 */
@ApplicationScoped
public class SimplifiedShapes {
    private static final int KEPT = 1024;

    private final Map<String, Shape> kept = new LinkedHashMap<>(256, 0.75f, true);

    Shape of(EditionInfo edition, Level level, RegionShape region, double metres) {
        double tolerance = step(metres);
        String key = edition.id() + "|" + level + "|" + region.code() + "|" + tolerance;
        synchronized (kept) {
            Shape shape = kept.get(key);
            if (shape != null) {
                return shape;
            }
        }
        Shape simplified = region.shape().simplified(tolerance);
        synchronized (kept) {
            kept.put(key, simplified);
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return simplified;
    }

    /** The tolerance actually applied: 1, 2, 5, 10, 20, 50 … metres, the largest not above the one asked for. */
    static double step(double metres) {
        if (metres < 1) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(metres)));
        double leading = metres / decade;
        return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * decade;
    }
}
