package id.wilayah.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.datasets.IslandSourceRows.SourceIsland;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.ShapeBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IslandConversionTest {
    /** A square regency from 3° N to 4° N, 97° E to 98° E: where Pulau Batukapal (Aceh) lies. */
    private static final Shape NORTH_OF_EQUATOR = square(3, 4, 97, 98);
    /** A square from 7.5° S to 6.5° S, 112.5° E to 114° E: Madura. */
    private static final Shape SOUTH_OF_EQUATOR = square(-7.5, -6.5, 112.5, 114);

    @Test
    void aNorthernIslandWrittenSouthIsMirroredIntoItsRegency() {
        IslandSign.Choice choice = IslandSign.choose(-3.3176, 97.1283,
                (lat, lng) -> IslandConversion.distanceMetres(NORTH_OF_EQUATOR, lat, lng));

        assertTrue(choice.flipped());
        assertFalse(choice.tie());
        assertEquals(3.3176, choice.lat());
        assertTrue(choice.placed());
    }

    @Test
    void aSouthernIslandWrittenNorthIsMirroredAndOneWrittenRightIsKept() {
        IslandSign.Choice wrong = IslandSign.choose(7.0427, 113.2979,
                (lat, lng) -> IslandConversion.distanceMetres(SOUTH_OF_EQUATOR, lat, lng));
        IslandSign.Choice right = IslandSign.choose(-7.0427, 113.2979,
                (lat, lng) -> IslandConversion.distanceMetres(SOUTH_OF_EQUATOR, lat, lng));

        assertEquals(-7.0427, wrong.lat());
        assertTrue(wrong.flipped());
        assertEquals(-7.0427, right.lat());
        assertFalse(right.flipped());
    }

    @Test
    void anOffshoreIslandTakesTheNearerSignAndCountsAsPlacedWithinTheTolerance() {
        IslandSign.Choice choice = IslandSign.choose(-2.8, 97.5,
                (lat, lng) -> IslandConversion.distanceMetres(NORTH_OF_EQUATOR, lat, lng));

        assertEquals(2.8, choice.lat());
        assertTrue(choice.distanceMetres() > 20_000 && choice.distanceMetres() < 25_000, choice.toString());
        assertTrue(choice.placed());
    }

    @Test
    void whenBothPositionsLieInsideTheRegionTheMirrorIsTakenAsATie() {
        Shape acrossTheEquator = square(-1, 1, 104, 105);

        IslandSign.Choice choice = IslandSign.choose(0.3283, 104.3126,
                (lat, lng) -> IslandConversion.distanceMetres(acrossTheEquator, lat, lng));

        assertEquals(-0.3283, choice.lat());
        assertTrue(choice.tie());
        assertTrue(choice.placed());
    }

    @Test
    void anIslandFarFromItsRegionWithEitherSignIsNotPlaced() {
        IslandSign.Choice choice = IslandSign.choose(-0.003, 109.91,
                (lat, lng) -> IslandConversion.distanceMetres(NORTH_OF_EQUATOR, lat, lng));

        assertFalse(choice.placed());
    }

    @Test
    void theSourcesIrregularRowsAreReadForWhatTheyMean() throws IOException {
        String sql = String.join("\n",
                "INSERT INTO wilayah_pulau(kode,nama,lat,lng,status,luas,notes)",
                "('11.06.40007','Pulau Bateeleblah','-5.7930','94.9739','TBP',0.0080,'(PPKT)'),",
                "('75.02.40003','Pulau Batade Da''A','-0.4975','122.4475','BP'),",
                "('91.19.40014,''Pulau Ayami','00°40''17.87\" S  135°37''37.56\" T','TBP',NULL,''),",
                "('53.14.40073','Pulau Dengka',NULL,NULL,'0.5521',Perubahan nama pulau semula Pulau Kodi.,'TBP'),",
                "('35.00.40001','Pulau Madura','7.0427','113.2979','BP',NULL,'');");

        List<SourceIsland> islands = IslandSourceRows.read(new BufferedReader(new StringReader(sql)));

        assertEquals(5, islands.size());
        SourceIsland outermost = islands.get(0);
        assertEquals("110640007", outermost.code());
        assertTrue(outermost.outermost());
        assertEquals(Boolean.FALSE, outermost.populated());
        assertEquals("Pulau Batade Da'A", islands.get(1).name());
        assertEquals(Boolean.TRUE, islands.get(1).populated());
        SourceIsland degrees = islands.get(2);
        assertEquals("911940014", degrees.code());
        assertEquals("Pulau Ayami", degrees.name());
        assertEquals(-0.67163, degrees.lat(), 1e-5);
        assertEquals(135.62710, degrees.lng(), 1e-5);
        SourceIsland shifted = islands.get(3);
        assertNull(shifted.lat());
        assertEquals("TBP", shifted.status());
        assertEquals(5, shifted.line());
        assertEquals("35", IslandConversion.regionCode(islands.get(4).code()));
        assertEquals("1106", IslandConversion.regionCode(outermost.code()));
    }

    private static Shape square(double south, double north, double west, double east) {
        ShapeBuilder builder = new ShapeBuilder();
        builder.startPolygon();
        builder.startRing();
        builder.addPoint(Shape.toUnits(west), Shape.toUnits(south));
        builder.addPoint(Shape.toUnits(east), Shape.toUnits(south));
        builder.addPoint(Shape.toUnits(east), Shape.toUnits(north));
        builder.addPoint(Shape.toUnits(west), Shape.toUnits(north));
        builder.addPoint(Shape.toUnits(west), Shape.toUnits(south));
        builder.endRing();
        return builder.build();
    }
}
