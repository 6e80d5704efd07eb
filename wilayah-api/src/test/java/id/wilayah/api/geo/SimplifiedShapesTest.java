package id.wilayah.api.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.ShapeBuilder;
import id.wilayah.domain.region.Level;
import org.junit.jupiter.api.Test;

class SimplifiedShapesTest {
    private static final EditionInfo EDITION = new EditionInfo(1, "kemendagri-2025", "KEMENDAGRI");

    @Test
    void theToleranceIsRoundedDownToOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(100, SimplifiedShapes.step(100));
        assertEquals(100, SimplifiedShapes.step(199.9));
        assertEquals(200, SimplifiedShapes.step(200));
        assertEquals(2000, SimplifiedShapes.step(4999));
        assertEquals(5000, SimplifiedShapes.step(5000));
        assertEquals(100_000, SimplifiedShapes.step(100_000));
        assertEquals(1, SimplifiedShapes.step(1.7));
        assertEquals(1, SimplifiedShapes.step(0.01), "below the stored precision of about a metre");
    }

    @Test
    void tolerancesOfOneStepShareOneSimplifiedBoundary() {
        SimplifiedShapes shapes = new SimplifiedShapes();
        RegionShape region = RegionShape.of("3273", circle(400));
        Shape at120 = shapes.of(EDITION, Level.REGENCY, region, 120);
        assertSame(at120, shapes.of(EDITION, Level.REGENCY, region, 187.5));
        Shape at1000 = shapes.of(EDITION, Level.REGENCY, region, 1000);
        assertNotSame(at120, at1000);
        assertTrue(at1000.pointCount() < at120.pointCount() && at120.pointCount() < region.shape().pointCount(),
                region.shape().pointCount() + " -> " + at120.pointCount() + " -> " + at1000.pointCount());
    }

    /** A ring of {@code points} points around Bandung, 0.05° across. */
    private static Shape circle(int points) {
        ShapeBuilder builder = new ShapeBuilder();
        builder.startRing();
        for (int i = 0; i < points; i++) {
            double angle = 2 * Math.PI * i / points;
            builder.addPoint(Shape.toUnits(107.6 + 0.05 * Math.cos(angle)),
                    Shape.toUnits(-6.9 + 0.05 * Math.sin(angle)));
        }
        builder.addPoint(Shape.toUnits(107.65), Shape.toUnits(-6.9));
        builder.endRing();
        return builder.build();
    }
}
