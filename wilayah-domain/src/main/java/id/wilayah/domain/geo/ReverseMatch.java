package id.wilayah.domain.geo;

import id.wilayah.domain.region.Level;
import java.util.List;

/**
 * The answer to "where is this point": the most specific region answered, {@code inside} (distance zero) when a
 * region's shape contains the point, else the nearest region of the most specific level that has shapes, with its
 * distance. {@code inferred} names the levels, coarsest first, whose region does not contain the point but was chosen
 * as the nearest within the containing region above it; empty when every answered level contains the point.
 */
public record ReverseMatch(Level level, String code, boolean inside, double distanceMetres, List<Level> inferred) {
    public ReverseMatch {
        inferred = List.copyOf(inferred);
    }
}
