package id.wilayah.api.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.geo.GeoPoint;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.ShapeBuilder;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GeoJsonFeaturesTest {
    @Test
    void aFeatureHasPropertiesAndAMultiPolygonInLongitudeLatitudeOrder() throws IOException {
        ShapeBuilder builder = new ShapeBuilder();
        builder.startRing();
        int[][] points = {{10700000, -700000}, {10710000, -700000}, {10710000, -690000}, {10700000, -700000}};
        for (int[] p : points) {
            builder.addPoint(p[0], p[1]);
        }
        builder.endRing();
        Shape triangle = builder.build();
        StringWriter out = new StringWriter();
        GeoJsonFeatures.write(out, new Province("32", "JAWA \"BARAT\"", "JAWA \"BARAT\""), Level.PROVINCE,
                new GeoPoint(-6.9666666, 107.0666666), triangle);
        assertEquals("{\"type\":\"Feature\",\"properties\":{\"code\":\"32\",\"name\":\"JAWA \\\"BARAT\\\"\","
                + "\"level\":\"provinsi\",\"lat\":-6.966667,\"lng\":107.066667},\"geometry\":{\"type\":\"MultiPolygon\","
                + "\"coordinates\":[[[[107,-7],[107.1,-7],[107.1,-6.9],[107,-7]]]]}}", out.toString());
    }

    @Test
    void coordinatesAndLevelsAreCheckedWithAReason() {
        assertEquals(-6.9, GeoInput.latitude(" -6.9 "));
        assertEquals(107.6, GeoInput.longitude("107.6"));
        assertThrows(InvalidInputException.class, () -> GeoInput.latitude("90.5"));
        assertThrows(InvalidInputException.class, () -> GeoInput.longitude("1e2"));
        assertThrows(InvalidInputException.class, () -> GeoInput.latitude("NaN"));
        assertThrows(InvalidInputException.class, () -> GeoInput.latitude(null));
        assertEquals(Level.VILLAGE, GeoInput.level("villages"));
        assertEquals(Level.REGENCY, GeoInput.level("kota"));
        assertThrows(InvalidInputException.class, () -> GeoInput.level("dusun"));
        assertEquals(25, GeoInput.optional("max_distance_km", null, 25, 100));
        assertThrows(InvalidInputException.class, () -> GeoInput.optional("max_distance_km", "0", 25, 100));
    }
}
