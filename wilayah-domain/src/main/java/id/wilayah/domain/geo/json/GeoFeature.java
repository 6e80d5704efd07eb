package id.wilayah.domain.geo.json;

import id.wilayah.domain.geo.Shape;

/**
 * One Feature of a FeatureCollection, numbered from 1 in file order: its code and shape, or the reason it was
 * rejected (then {@code shape} is null, and {@code code} too when the Feature had none).
 */
public record GeoFeature(int number, String code, Shape shape, String problem) {

    static GeoFeature accepted(int number, String code, Shape shape) {
        return new GeoFeature(number, code, shape, null);
    }

    static GeoFeature rejected(int number, String code, String problem) {
        return new GeoFeature(number, code, null, problem);
    }

    public boolean isAccepted() {
        return problem == null;
    }
}
