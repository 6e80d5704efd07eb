package id.wilayah.domain.geo.json;

import id.wilayah.domain.geo.Shape;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * What a region's shape must satisfy to be stored: not empty, rings closed with at least four points, every point in
 * Indonesia's bounding box (with a margin for its outer islands), and valid in the OGC sense as JTS checks it (no
 * self-intersection, holes inside their shell, polygons not overlapping).
 */
public final class FeatureRules {
    public static final double MIN_LNG = 94;
    public static final double MAX_LNG = 142;
    public static final double MIN_LAT = -12;
    public static final double MAX_LAT = 7;

    private FeatureRules() {
    }

    /** Why {@code shape} is not acceptable, or empty when it is. */
    public static Optional<String> problemOf(Shape shape) {
        if (shape.isEmpty()) {
            return Optional.of("empty geometry");
        }
        for (int ring = 0; ring < shape.ringCount(); ring++) {
            int start = shape.ringStart(ring);
            int end = shape.ringEnd(ring);
            if (end - start < 4) {
                return Optional.of("invalid geometry: a ring has " + (end - start) + " positions, at least 4 needed");
            }
            if (shape.x(start) != shape.x(end - 1) || shape.y(start) != shape.y(end - 1)) {
                return Optional.of("invalid geometry: a ring is not closed (its last position differs from its first)");
            }
        }
        int minX = Shape.toUnits(MIN_LNG);
        int maxX = Shape.toUnits(MAX_LNG);
        int minY = Shape.toUnits(MIN_LAT);
        int maxY = Shape.toUnits(MAX_LAT);
        for (int p = 0; p < shape.pointCount(); p++) {
            if (shape.x(p) < minX || shape.x(p) > maxX || shape.y(p) < minY || shape.y(p) > maxY) {
                return Optional.of(String.format(Locale.ROOT,
                        "coordinates outside Indonesia's bounding box (lng %s..%s, lat %s..%s): [%s, %s]",
                        (int) MIN_LNG, (int) MAX_LNG, (int) MIN_LAT, (int) MAX_LAT,
                        Shape.toDegrees(shape.x(p)), Shape.toDegrees(shape.y(p))));
            }
        }
        TopologyValidationError error = new IsValidOp(shape.toGeometry()).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            return Optional.of(String.format(Locale.ROOT, "invalid geometry: %s at [%s, %s]", error.getMessage(),
                    at.getX(), at.getY()));
        }
        return Optional.empty();
    }
}
