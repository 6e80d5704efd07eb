package id.wilayah.domain.geo;

/** A WGS 84 position in decimal degrees. */
public record GeoPoint(double lat, double lng) {
}
