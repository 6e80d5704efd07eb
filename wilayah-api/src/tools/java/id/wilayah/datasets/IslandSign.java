package id.wilayah.datasets;

import java.util.function.ToDoubleBiFunction;

/**
 * Decides the sign of an island's latitude. The source writes most latitudes with the wrong sign (Pulau Batukapal, Aceh,
 * about 3.3° N, as {@code -3.3176}) but not all, so the sign is not flipped blindly: of the position as written and its
 * mirror across the equator, the one nearer to the island's own region (its regency, or its province for a code like
 * {@code 35.00.40001}) is taken. Where both are equally near (both inside a region that reaches across the equator)
 * the geometry cannot tell, and the mirror is taken: where it can tell, the source's sign is wrong for all but a few
 * dozen of seventeen thousand islands. An island neither of whose positions lies within {@link #NEAR_METRES} of its
 * region is reported as not placed.
 */
final class IslandSign {
    /**
     * How far outside its region's polygon an island may lie and still count as placed. The bundled polygons cover
     * land only and omit many small islands, and a regency's islands lie up to tens of kilometres off its coast.
     */
    static final double NEAR_METRES = 60_000;

    /**
     * The latitude taken, how far that position is from the region, whether it was mirrored, and whether the two
     * positions were equally near (the mirror taken for the source's usual error).
     */
    record Choice(double lat, double distanceMetres, boolean flipped, boolean tie) {
        boolean placed() {
            return distanceMetres <= NEAR_METRES;
        }
    }

    private IslandSign() {
    }

    /** {@code distance} gives the metres from a position (lat, lng) to the island's own region, 0 inside it. */
    static Choice choose(double lat, double lng, ToDoubleBiFunction<Double, Double> distance) {
        double written = distance.applyAsDouble(lat, lng);
        if (lat == 0) {
            return new Choice(lat, written, false, false);
        }
        double mirrored = distance.applyAsDouble(-lat, lng);
        if (written < mirrored) {
            return new Choice(lat, written, false, false);
        }
        return new Choice(-lat, mirrored, true, written == mirrored);
    }
}
