package id.wilayah.domain.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.region.Level;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.junit.jupiter.api.Test;

class LevelShapesTest {
    /** District 320401 spans 107.0..107.3; its villages 3204012001 (west) and ...2002 (middle) leave a gap in the east. */
    private final LevelShapes districts = new LevelShapes(List.of(
            RegionShape.of("320401", Shapes.rectangles(new double[] {107.0, -7.0, 107.3, -6.9}))));
    private final LevelShapes villages = new LevelShapes(List.of(
            RegionShape.of("3204012001", Shapes.rectangles(new double[] {107.0, -7.0, 107.1, -6.9})),
            RegionShape.of("3204012002", Shapes.rectangles(new double[] {107.1, -7.0, 107.2, -6.9})),
            RegionShape.of("3204012003", Shapes.rectangles(new double[] {110.0, -7.0, 110.01, -6.99},
                    new double[] {111.0, -5.0, 111.01, -4.99}))));
    private final GeoModel model = new GeoModel(Map.of(Level.DISTRICT, districts, Level.VILLAGE, villages));

    @Test
    void aPointInAVillageGetsThatVillage() {
        assertEquals(new ReverseMatch(Level.VILLAGE, "3204012002", true, 0, List.of()),
                model.reverse(-6.95, 107.15, 25_000).get());
        assertEquals("3204012001", villages.containing(-6.95, 107.05).get().code());
    }

    @Test
    void anIslandPartOfAScatteredVillageIsFound() {
        assertEquals("3204012003", model.reverse(-4.995, 111.005, 25_000).get().code());
    }

    @Test
    void aBoxGetsThePolygonsItMeetsRegionByRegionAndNotAScatteredRegionsFarIsland() {
        List<LevelShapes.RegionPolygons> found = villages.polygonsIn(new Envelope(107.05, 110.005, -6.995, -6.94));
        assertEquals(List.of("3204012001", "3204012002", "3204012003"),
                found.stream().map(polygons -> polygons.region().code()).toList());
        assertArrayEquals(new int[] {0}, found.get(2).polygons(), "the island at 111 E lies outside the box");
        assertTrue(villages.polygonsIn(new Envelope(120, 121, -6, -5)).isEmpty());
    }

    @Test
    void aPointInTheDistrictButInNoVillageGetsTheDistrictsNearestVillageAsInferred() {
        assertEquals(new ReverseMatch(Level.VILLAGE, "3204012002", true, 0, List.of(Level.VILLAGE)),
                model.reverse(-6.95, 107.25, 25_000).get());
    }

    @Test
    void aPointAtSeaGetsTheNearestVillageWithItsDistanceInRange() {
        ReverseMatch match = model.reverse(-7.05, 107.05, 25_000).get();
        assertEquals("3204012001", match.code());
        assertFalse(match.inside());
        assertEquals(Level.VILLAGE, match.level());
        assertEquals(List.of(), match.inferred(), "nearest is no inference from a containing region");
        assertEquals(Metres.PER_DEGREE * 0.05, match.distanceMetres(), 5);
        assertTrue(model.reverse(-7.05, 107.05, 5_000).isEmpty(), "5.5 km away, 5 km allowed");
    }

    @Test
    void whereSourcePolygonsOverlapTheLowestCodeAnswers() {
        LevelShapes overlapping = new LevelShapes(List.of(
                RegionShape.of("3204012009", Shapes.rectangles(new double[] {107.0, -7.0, 107.2, -6.9})),
                RegionShape.of("3204012008", Shapes.rectangles(new double[] {107.1, -7.0, 107.3, -6.9}))));
        assertEquals("3204012008", overlapping.containing(-6.95, 107.15).get().code());
    }

    @Test
    void nearbyListsInteriorPointsWithinTheRadiusNearestFirst() {
        List<NearbyRegion> near = villages.nearby(-6.95, 107.16, 20_000, 10);
        assertEquals(List.of("3204012002", "3204012001"), near.stream().map(NearbyRegion::code).toList());
        assertTrue(near.get(0).distanceMetres() < near.get(1).distanceMetres());
        assertEquals(1, villages.nearby(-6.95, 107.16, 20_000, 1).size());
        assertTrue(villages.nearby(-6.95, 107.16, 100, 10).isEmpty());
    }

    @Test
    void interiorPointsLieInsideEvenForConcaveShapes() {
        ShapeBuilder builder = new ShapeBuilder();
        builder.startRing();
        int[][] uShape = {{0, 0}, {30, 0}, {30, 30}, {20, 30}, {20, 10}, {10, 10}, {10, 30}, {0, 30}, {0, 0}};
        for (int[] p : uShape) {
            builder.addPoint(Shape.toUnits(107 + p[0] / 1000.0), Shape.toUnits(-7 + p[1] / 1000.0));
        }
        builder.endRing();
        Shape u = builder.build();
        GeoPoint inside = RegionShape.of("3204012004", u).interiorPoint();
        assertTrue(u.contains(inside.lat(), inside.lng()));
        assertFalse(u.contains(-7 + 0.02, 107 + 0.015), "the centroid of the U is outside it");
    }

    @Test
    void anEmptyModelAnswersNothing() {
        assertTrue(GeoModel.empty().reverse(-6.9, 107.6, 25_000).isEmpty());
        assertTrue(GeoModel.empty().isEmpty());
    }
}
