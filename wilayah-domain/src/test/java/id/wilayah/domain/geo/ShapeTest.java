package id.wilayah.domain.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

class ShapeTest {
    private final Shape donut = Shapes.withHole(new double[] {107, -7, 108, -6}, new double[] {107.4, -6.6, 107.6, -6.4});

    @Test
    void containsPointsInTheShellButNotInTheHoleOrOutside() {
        assertTrue(donut.contains(-6.9, 107.1));
        assertFalse(donut.contains(-6.5, 107.5), "in the hole");
        assertFalse(donut.contains(-5.9, 107.5), "north of the shell");
        assertFalse(donut.contains(-6.5, 108.01), "east of the shell");
    }

    @Test
    void distanceToAnEdgeIsInMetresAndZeroInside() {
        Shape square = Shapes.rectangles(new double[] {100, -1, 101, 0});
        assertEquals(0, square.polygonDistanceMetres(0, -0.5, 100.5));
        double east = square.polygonDistanceMetres(0, -0.5, 101.01);
        assertEquals(Metres.PER_DEGREE * 0.01 * Math.cos(Math.toRadians(-0.5)), east, 1.0);
        assertEquals(Metres.between(-0.5, 101.01, -0.5, 101), east, 1.0);
        double inHole = donut.polygonDistanceMetres(0, -6.5, 107.5);
        assertEquals(Metres.PER_DEGREE * 0.1 * Math.cos(Math.toRadians(-6.5)), inHole, 15.0,
                "from the hole's centre to its nearest edge, east or west");
    }

    @Test
    void theStoredEncodingGivesBackTheSameShapeInAFewBytesAPoint() {
        Shape twoParts = Shapes.rectangles(new double[] {106.12345, -6.54321, 106.2, -6.5},
                new double[] {120, 1, 120.00001, 1.00001});
        byte[] encoded = ShapeCodec.encode(twoParts);
        assertEquals(twoParts, ShapeCodec.decode(encoded));
        assertTrue(encoded.length < twoParts.pointCount() * 8, "smaller than two ints a point: " + encoded.length);
    }

    @Test
    void toGeometryKeepsRingsAndHolesAndIsValid() {
        MultiPolygon geometry = donut.toGeometry();
        assertEquals(1, geometry.getNumGeometries());
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) geometry.getGeometryN(0)).getNumInteriorRing());
        assertTrue(geometry.isValid());
        assertEquals(donut, Shape.of(geometry));
    }

    @Test
    void simplificationDropsPointsCloserThanTheToleranceAndKeepsTheShapeValid() {
        ShapeBuilder builder = new ShapeBuilder();
        builder.startRing();
        int n = 720;
        for (int i = 0; i <= n; i++) {
            double angle = 2 * Math.PI * (i % n) / n;
            builder.addPoint(Shape.toUnits(107 + 0.1 * Math.cos(angle)), Shape.toUnits(-7 + 0.1 * Math.sin(angle)));
        }
        builder.endRing();
        Shape circle = builder.build();
        Shape coarse = circle.simplified(100);
        assertTrue(coarse.pointCount() < circle.pointCount() / 4, "points left: " + coarse.pointCount());
        assertTrue(coarse.pointCount() >= 4);
        assertTrue(coarse.toGeometry().isValid());
        assertTrue(coarse.contains(-7, 107));
    }
}
