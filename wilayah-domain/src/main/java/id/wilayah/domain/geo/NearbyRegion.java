package id.wilayah.domain.geo;

/**
 * A region near a point with its distance: to its interior point where regions are ranked as places ({@code nearby}),
 * to its nearest polygon where the region answers for the point ({@code nearest}, {@code nearestWithin}).
 */
public record NearbyRegion(String code, GeoPoint interiorPoint, double distanceMetres) {
}
