package id.wilayah.domain.geo;

/** Test shapes built from rectangles given in degrees. */
final class Shapes {
    private Shapes() {
    }

    /** One polygon per rectangle {minLng, minLat, maxLng, maxLat}. */
    static Shape rectangles(double[]... rectangles) {
        ShapeBuilder builder = new ShapeBuilder();
        for (double[] r : rectangles) {
            builder.startPolygon();
            ring(builder, r);
        }
        return builder.build();
    }

    /** A rectangle with a rectangular hole. */
    static Shape withHole(double[] shell, double[] hole) {
        ShapeBuilder builder = new ShapeBuilder();
        builder.startPolygon();
        ring(builder, shell);
        ring(builder, hole);
        return builder.build();
    }

    private static void ring(ShapeBuilder builder, double[] r) {
        builder.startRing();
        builder.addPoint(Shape.toUnits(r[0]), Shape.toUnits(r[1]));
        builder.addPoint(Shape.toUnits(r[2]), Shape.toUnits(r[1]));
        builder.addPoint(Shape.toUnits(r[2]), Shape.toUnits(r[3]));
        builder.addPoint(Shape.toUnits(r[0]), Shape.toUnits(r[3]));
        builder.addPoint(Shape.toUnits(r[0]), Shape.toUnits(r[1]));
        builder.endRing();
    }
}
