package id.wilayah.domain.geo.json;

/**
 * The file is not a readable GeoJSON FeatureCollection (broken JSON, or not the expected structure), so reading stops;
 * {@code featureNumber} is the Feature being read when it happened, or 0 before the first one.
 */
public class MalformedGeoJsonException extends Exception {
    private final int featureNumber;

    public MalformedGeoJsonException(int featureNumber, String message) {
        super(message);
        this.featureNumber = featureNumber;
    }

    public int featureNumber() {
        return featureNumber;
    }
}
