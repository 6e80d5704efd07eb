package id.wilayah.domain.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.region.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reverse geocoding where a coarse polygon covers the point and finer ones do not. Province 32 has an island (105.0
 * .. 105.1) that none of its regencies' polygons covers; province 31's regency 3101, district and village lie nearer to
 * that island than anything of province 32, so only a search within the containing region answers 3201.
 */
class GeoModelTest {
    private static final double ISLAND_LAT = -5.05;
    private static final double ISLAND_LNG = 105.05;

    private final LevelShapes provinces = new LevelShapes(List.of(
            RegionShape.of("31", Shapes.rectangles(new double[] {105.2, -5.1, 105.3, -5.0})),
            RegionShape.of("32", Shapes.rectangles(new double[] {106.0, -8.0, 108.0, -6.0},
                    new double[] {105.0, -5.1, 105.1, -5.0}))));
    private final LevelShapes regencies = new LevelShapes(List.of(
            RegionShape.of("3101", Shapes.rectangles(new double[] {105.2, -5.1, 105.3, -5.0})),
            RegionShape.of("3201", Shapes.rectangles(new double[] {106.0, -8.0, 107.0, -6.0})),
            RegionShape.of("3204", Shapes.rectangles(new double[] {107.0, -8.0, 108.0, -6.0}))));
    /** Regency 3201's two districts leave a sliver at 106.5 .. 106.6. */
    private final LevelShapes districts = new LevelShapes(List.of(
            RegionShape.of("310101", Shapes.rectangles(new double[] {105.2, -5.1, 105.3, -5.0})),
            RegionShape.of("320101", Shapes.rectangles(new double[] {106.0, -8.0, 106.5, -6.0})),
            RegionShape.of("320102", Shapes.rectangles(new double[] {106.6, -8.0, 107.0, -6.0})),
            RegionShape.of("320401", Shapes.rectangles(new double[] {107.0, -8.0, 108.0, -6.0}))));
    private final LevelShapes villages = new LevelShapes(List.of(
            RegionShape.of("3101012001", Shapes.rectangles(new double[] {105.2, -5.1, 105.3, -5.0})),
            RegionShape.of("3201012001", Shapes.rectangles(new double[] {106.0, -8.0, 106.25, -6.0})),
            RegionShape.of("3201012002", Shapes.rectangles(new double[] {106.25, -8.0, 106.5, -6.0})),
            RegionShape.of("3201022001", Shapes.rectangles(new double[] {106.6, -8.0, 107.0, -6.0})),
            RegionShape.of("3204012001", Shapes.rectangles(new double[] {107.0, -8.0, 108.0, -6.0}))));

    @Test
    void anIslandOnlyTheProvinceCoversGetsEveryLevelFromTheNearestWithinTheProvince() {
        GeoModel model = new GeoModel(Map.of(Level.PROVINCE, provinces, Level.REGENCY, regencies,
                Level.DISTRICT, districts, Level.VILLAGE, villages));
        assertEquals(new ReverseMatch(Level.VILLAGE, "3201012001", true, 0,
                        List.of(Level.REGENCY, Level.DISTRICT, Level.VILLAGE)),
                model.reverse(ISLAND_LAT, ISLAND_LNG, 25_000).orElseThrow());
    }

    @Test
    void aSliverBetweenDistrictsGetsTheNearestDistrictOfTheContainingRegencyAndItsNearestVillage() {
        GeoModel model = new GeoModel(Map.of(Level.PROVINCE, provinces, Level.REGENCY, regencies,
                Level.DISTRICT, districts, Level.VILLAGE, villages));
        assertEquals(new ReverseMatch(Level.VILLAGE, "3201022001", true, 0, List.of(Level.DISTRICT, Level.VILLAGE)),
                model.reverse(-7, 106.58, 25_000).orElseThrow());
        assertEquals(new ReverseMatch(Level.VILLAGE, "3201012002", true, 0, List.of(Level.DISTRICT, Level.VILLAGE)),
                model.reverse(-7, 106.52, 25_000).orElseThrow());
    }

    @Test
    void aPointEveryLevelContainsInfersNothing() {
        GeoModel model = new GeoModel(Map.of(Level.PROVINCE, provinces, Level.REGENCY, regencies,
                Level.DISTRICT, districts, Level.VILLAGE, villages));
        ReverseMatch match = model.reverse(-7, 106.1, 25_000).orElseThrow();
        assertEquals("3201012001", match.code());
        assertTrue(match.inferred().isEmpty());
    }

    @Test
    void withoutVillageShapesTheInferenceStopsAtTheFinestLevelThatHasShapes() {
        GeoModel model = new GeoModel(Map.of(Level.PROVINCE, provinces, Level.REGENCY, regencies,
                Level.DISTRICT, districts));
        assertEquals(new ReverseMatch(Level.DISTRICT, "320101", true, 0, List.of(Level.REGENCY, Level.DISTRICT)),
                model.reverse(ISLAND_LAT, ISLAND_LNG, 25_000).orElseThrow());
    }

    @Test
    void nearestWithinLooksOnlyAtTheParentsCodesAtAnyDistance() {
        assertEquals("3201", regencies.nearestWithin("32", ISLAND_LAT, ISLAND_LNG).orElseThrow().code());
        assertEquals("3101", regencies.nearestWithin("", ISLAND_LAT, ISLAND_LNG).orElseThrow().code());
        assertEquals("3201012001", villages.nearestWithin("32", ISLAND_LAT, ISLAND_LNG).orElseThrow().code());
        assertTrue(villages.nearestWithin("3202", ISLAND_LAT, ISLAND_LNG).isEmpty(), "no village in 3202");
    }
}
