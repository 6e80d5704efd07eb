package id.wilayah.domain.island;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IslandsTest {
    private static final Island BATUKAPAL = island("110140001", "1101", "PULAU BATUKAPAL", 3.3176, 97.1283, false,
            false);
    private static final Island BATUTUNGGAL = island("110140002", "1101", "PULAU BATUTUNGGAL", 3.4153, 97.0725,
            false, false);
    private static final Island BATEELEBLAH = island("110640007", "1106", "PULAU BATEELEBLAH", 5.7930, 94.9739,
            false, true);
    private static final Island MADURA = island("350040001", null, "PULAU MADURA", -7.0427, 113.2979, true, false);
    private static final Island UNPLACED = island("531440073", "5314", "PULAU DENGKA", null, null, null, false);
    private static final Islands ISLANDS = new Islands(List.of(MADURA, BATEELEBLAH, UNPLACED, BATUTUNGGAL,
            BATUKAPAL));

    @Test
    void listsInCodeOrderAndFiltersByRegencyNameAndFlags() {
        assertEquals(List.of(BATUKAPAL, BATUTUNGGAL, BATEELEBLAH, MADURA, UNPLACED), ISLANDS.list(IslandFilter.ALL));
        assertEquals(List.of(BATUKAPAL, BATUTUNGGAL), ISLANDS.list(new IslandFilter("1101", null, null, null)));
        assertEquals(List.of(BATUTUNGGAL), ISLANDS.list(new IslandFilter(null, "tunggal", null, null)));
        assertEquals(List.of(MADURA), ISLANDS.list(new IslandFilter(null, null, true, null)));
        assertEquals(List.of(BATUKAPAL, BATUTUNGGAL, BATEELEBLAH),
                ISLANDS.list(new IslandFilter(null, null, false, null)));
        assertEquals(List.of(BATEELEBLAH), ISLANDS.list(new IslandFilter(null, null, null, true)));
        assertEquals("35", MADURA.provinceCode());
    }

    @Test
    void theNearestIslandWithinTheRadiusIsFoundAcrossCellBorders() {
        NearIsland near = ISLANDS.nearest(3.3176 + 0.01, 97.1283, 2000).orElseThrow();

        assertEquals(BATUKAPAL, near.island());
        assertTrue(near.distanceMetres() > 1100 && near.distanceMetres() < 1125, near.toString());
        Island onCellCorner = island("110140003", "1101", "PULAU SUDUT", 3.3003, 97.1003, false, false);
        assertEquals(onCellCorner, new Islands(List.of(onCellCorner)).nearest(3.2997, 97.0997, 2000).orElseThrow()
                .island(), "a pin in the diagonal neighbour cell");
        assertTrue(ISLANDS.nearest(3.3176 + 0.02, 97.1283, 2000).isEmpty(), "2.2 km away is out of range");
        assertTrue(ISLANDS.nearest(-6.9, 107.6, 2000).isEmpty());
    }

    private static Island island(String code, String regency, String name, Double lat, Double lng,
                                 Boolean populated, boolean outermost) {
        return new Island(code, regency, name, name, lat, lng, populated, outermost);
    }
}
