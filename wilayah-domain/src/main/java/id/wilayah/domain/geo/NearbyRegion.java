package id.wilayah.domain.geo;

/** A region near a point, by the distance to its interior point. */
public record NearbyRegion(String code, GeoPoint interiorPoint, double distanceMetres) {
}
