package id.wilayah.api.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileAddressTest {
    @Test
    void theWorldTileSpansTheExtentWithTheEquatorInTheMiddleAndYDownwards() {
        TileAddress world = TileAddress.parse("0", "0", "0");
        assertEquals(0, world.tileX(-180), 1e-9);
        assertEquals(4096, world.tileX(180), 1e-9);
        assertEquals(2048, world.tileY(0), 1e-9);
        assertTrue(world.tileY(-7) > 2048, "south is further down");
        assertEquals(0, world.tileY(85.0511287798066), 1e-6);
    }

    @Test
    void aBandungTileAtZoom10HoldsBandungAndItsDegreesIncludeTheBuffer() {
        TileAddress tile = TileAddress.parse("10", "818", "531");
        double x = tile.tileX(107.6);
        double y = tile.tileY(-6.95);
        assertTrue(x >= 0 && x < 4096 && y >= 0 && y < 4096, x + "," + y);
        Envelope degrees = tile.drawnDegrees();
        assertEquals(107.578125 - 64 * tile.degreesPerUnit(), degrees.getMinX(), 1e-9);
        assertEquals(tile.tileY(degrees.getMaxY()), -64, 1e-6);
        assertEquals(tile.tileY(degrees.getMinY()), 4096 + 64, 1e-6);
    }

    @Test
    void zoomAbove16IsRefused() {
        assertEquals(16, TileAddress.parse("16", "65535", "0").z());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> TileAddress.parse("17", "0", "0"));
        assertTrue(refused.getMessage().contains("0..16"), refused.getMessage());
    }

    @Test
    void xOrYOutsideTheZoomsRangeIsRefused() {
        assertThrows(InvalidInputException.class, () -> TileAddress.parse("3", "8", "0"));
        assertThrows(InvalidInputException.class, () -> TileAddress.parse("3", "0", "8"));
        assertThrows(InvalidInputException.class, () -> TileAddress.parse("0", "1", "0"));
        assertEquals(7, TileAddress.parse("3", "7", "7").y());
    }

    @Test
    void anythingButAWholeNumberIsRefused() {
        for (String bad : new String[] {"a", "-1", "1.5", "", " 1", "+1", "1e3", "99999999999"}) {
            assertThrows(InvalidInputException.class, () -> TileAddress.parse("5", bad, "0"), bad);
            assertThrows(InvalidInputException.class, () -> TileAddress.parse(bad, "0", "0"), bad);
        }
    }
}
