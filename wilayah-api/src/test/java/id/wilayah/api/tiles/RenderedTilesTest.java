package id.wilayah.api.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.LevelShapes;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class RenderedTilesTest {
    private static final RegionSnapshot SNAPSHOT = new RegionSnapshot(new EditionInfo(1, "test", "KEMENDAGRI"),
            List.of(new Province("32", "JAWA BARAT", "JAWA BARAT")), List.of(), List.of(), List.of());
    /** A rectangle over West Java: a tile over it holds one feature, and only sea around it. */
    private static final TileAddress JAVA = new TileAddress(6, 51, 33);

    private static GeoModel westJava() {
        Shape rectangle = Shape.of(new GeometryFactory().toGeometry(new Envelope(106, 108.8, -7.8, -5.9)));
        return new GeoModel(Map.of(Level.PROVINCE, new LevelShapes(List.of(RegionShape.of("32", rectangle)))));
    }

    @Test
    void aTileIsDrawnOnceAndThenAnsweredFromTheCache() {
        RenderedTiles tiles = RenderedTiles.ofCapacity(1 << 20);
        GeoModel geo = westJava();
        byte[] first = tiles.tile(SNAPSHOT, geo, JAVA);
        assertTrue(first.length > 0);
        assertSame(first, tiles.tile(SNAPSHOT, geo, JAVA));
        assertEquals(first.length + RenderedTiles.ENTRY_BYTES, tiles.bytes());
    }

    @Test
    void emptyTilesAreKeptToo() {
        RenderedTiles tiles = RenderedTiles.ofCapacity(1 << 20);
        GeoModel geo = westJava();
        byte[] sea = tiles.tile(SNAPSHOT, geo, new TileAddress(6, 40, 40));
        assertEquals(0, sea.length);
        assertSame(sea, tiles.tile(SNAPSHOT, geo, new TileAddress(6, 40, 40)));
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacityDroppingTheLeastRecentlyUsed() {
        long capacity = 5L * RenderedTiles.ENTRY_BYTES;
        RenderedTiles tiles = RenderedTiles.ofCapacity(capacity);
        GeoModel geo = westJava();
        byte[] kept = tiles.tile(SNAPSHOT, geo, new TileAddress(6, 0, 0));
        for (int x = 1; x < 20; x++) {
            tiles.tile(SNAPSHOT, geo, new TileAddress(6, 0, 0));
            tiles.tile(SNAPSHOT, geo, new TileAddress(6, x, 0));
            assertTrue(tiles.bytes() <= capacity, tiles.bytes() + " > " + capacity);
        }
        assertEquals(5, tiles.size());
        assertSame(kept, tiles.tile(SNAPSHOT, geo, new TileAddress(6, 0, 0)), "used every time, never dropped");
    }

    @Test
    void aGeographyLoadedAfreshIsDrawnAfresh() {
        RenderedTiles tiles = RenderedTiles.ofCapacity(1 << 20);
        byte[] before = tiles.tile(SNAPSHOT, GeoModel.empty(), JAVA);
        assertEquals(0, before.length, "no shapes yet");
        assertTrue(tiles.tile(SNAPSHOT, westJava(), JAVA).length > 0, "shapes imported since");
    }

    @Test
    void anActivationEmptiesTheCache() {
        RenderedTiles tiles = RenderedTiles.ofCapacity(1 << 20);
        GeoModel geo = westJava();
        byte[] before = tiles.tile(SNAPSHOT, geo, JAVA);
        tiles.onActivation(new EditionActivated(2, "next"));
        assertEquals(0, tiles.size());
        assertEquals(0, tiles.bytes());
        assertNotSame(before, tiles.tile(SNAPSHOT, geo, JAVA));
    }
}
