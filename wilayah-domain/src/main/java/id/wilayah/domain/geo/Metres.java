package id.wilayah.domain.geo;

/** Distances on the mean-radius sphere, which is what the answers' {@code distance_m} means. */
public final class Metres {
    public static final double EARTH_RADIUS = 6_371_008.8;
    public static final double PER_DEGREE = Math.PI * EARTH_RADIUS / 180;

    private Metres() {
    }

    public static double between(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of longitude spanning {@code metres} at latitude {@code lat}. */
    public static double longitudeDegrees(double metres, double lat) {
        return metres / (PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(lat))));
    }

    public static double latitudeDegrees(double metres) {
        return metres / PER_DEGREE;
    }
}
