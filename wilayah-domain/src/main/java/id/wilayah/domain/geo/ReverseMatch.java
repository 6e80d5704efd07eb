package id.wilayah.domain.geo;

import id.wilayah.domain.region.Level;

/**
 * The answer to "where is this point": the most specific region whose shape contains it ({@code inside}, distance
 * zero), or else the nearest region of the most specific level that has shapes, with its distance.
 */
public record ReverseMatch(Level level, String code, boolean inside, double distanceMetres) {
}
