package id.wilayah.domain.geo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonFeatureReaderTest {
    private static final String SQUARE = "[[[107.1,-7.1],[107.2,-7.1],[107.2,-7.0],[107.1,-7.0],[107.1,-7.1]]]";

    @Test
    void readsPolygonsAndMultiPolygonsInAnyMemberOrder() throws Exception {
        List<GeoFeature> features = read(collection(
                feature("32", "\"type\":\"Polygon\",\"coordinates\":" + SQUARE),
                "{\"geometry\":{\"coordinates\":[" + SQUARE + ",[[[108,-7,12.5],[108.1,-7,0],[108.1,-6.9,0],[108,-7,1]]]],"
                        + "\"type\":\"MultiPolygon\"},\"properties\":{\"name\":\"x\",\"code\":\"32.04\"},"
                        + "\"type\":\"Feature\",\"id\":7}"));
        assertEquals(2, features.size());
        GeoFeature polygon = features.get(0);
        assertTrue(polygon.isAccepted(), polygon.toString());
        assertEquals(1, polygon.number());
        assertEquals("32", polygon.code());
        assertEquals(1, polygon.shape().polygonCount());
        assertEquals(10710000, polygon.shape().x(0));
        assertEquals(-710000, polygon.shape().y(0));
        GeoFeature multi = features.get(1);
        assertTrue(multi.isAccepted(), multi.toString());
        assertEquals("3204", multi.code());
        assertEquals(2, multi.shape().polygonCount());
        assertEquals(9, multi.shape().pointCount());
    }

    @Test
    void everyBrokenFeatureIsReportedWithItsNumberAndReadingGoesOn() throws Exception {
        List<GeoFeature> features = read(collection(
                feature("32", "\"type\":\"LineString\",\"coordinates\":[[107,-7],[108,-7]]"),
                feature("33", "\"type\":\"MultiPolygon\",\"coordinates\":[]"),
                feature("34", "\"type\":\"Polygon\",\"coordinates\":[[[107,-7],[108,-6],[108,-7],[107,-6],[107,-7]]]"),
                feature("35", "\"type\":\"Polygon\",\"coordinates\":[[[10,50],[11,50],[11,51],[10,50]]]"),
                feature("36", "\"type\":\"Polygon\",\"coordinates\":[[[107,-7],[108,-7],[108,-6],[107,-6]]]"),
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}",
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"37\"},\"geometry\":null}",
                feature("38", "\"type\":\"Polygon\",\"coordinates\":[[[107,\"-7\"],[108,-7],[108,-6],[107,-7]]]"),
                feature("39", "\"type\":\"Polygon\",\"coordinates\":" + SQUARE)));
        assertEquals(9, features.size());
        assertProblem(features.get(0), 1, "32", "geometry type LineString is not Polygon or MultiPolygon");
        assertProblem(features.get(1), 2, "33", "empty geometry");
        assertProblem(features.get(2), 3, "34", "invalid geometry: Self-intersection at [107.5, -6.5]");
        assertProblem(features.get(3), 4, "35", "coordinates outside Indonesia's bounding box");
        assertProblem(features.get(4), 5, "36", "invalid geometry: a ring is not closed");
        assertProblem(features.get(5), 6, null, "no properties.code");
        assertProblem(features.get(6), 7, "37", "empty geometry");
        assertProblem(features.get(7), 8, "38", "invalid geometry: a position");
        assertTrue(features.get(8).isAccepted(), features.get(8).toString());
        assertEquals(9, features.get(8).number());
    }

    @Test
    void brokenJsonStopsReadingWithTheFeatureNumber() {
        String broken = collection(feature("32", "\"type\":\"Polygon\",\"coordinates\":" + SQUARE),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"33\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[107,-7],");
        MalformedGeoJsonException e = assertThrows(MalformedGeoJsonException.class, () -> read(broken));
        assertEquals(2, e.featureNumber());
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAFeatureCollectionIsRefused() {
        assertThrows(MalformedGeoJsonException.class, () -> read("[1,2,3]"));
        assertThrows(MalformedGeoJsonException.class, () -> read("{\"type\":\"Feature\",\"features\":[]}"));
        assertThrows(MalformedGeoJsonException.class, () -> read("{\"type\":\"FeatureCollection\"}"));
    }

    @Test
    void nestingDeeperThanAnyGeometryStopsReadingWithTheFeatureNumber() {
        String deep = "[".repeat(1_500) + "]".repeat(1_500);
        for (String second : List.of(
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"33\",\"x\":" + deep + "},\"geometry\":null}",
                feature("33", "\"type\":\"Polygon\",\"coordinates\":" + deep))) {
            MalformedGeoJsonException e = assertThrows(MalformedGeoJsonException.class, () -> read(collection(
                    feature("32", "\"type\":\"Polygon\",\"coordinates\":" + SQUARE), second)));
            assertEquals(2, e.featureNumber());
            assertEquals("arrays and objects nested deeper than 32 levels", e.getMessage());
        }
    }

    /** 64 MiB of one skipped string, streamed and never held: reading stops after the first MiB of it. */
    @Test
    void aStringLongerThanTheLimitStopsReadingEvenWhereItIsSkipped() {
        String head = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("32", "\"type\":\"Polygon\",\"coordinates\":" + SQUARE)
                + ",{\"type\":\"Feature\",\"properties\":{\"code\":\"33\",\"note\":\"";
        InputStream huge = new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                new RepeatedByte('a', 64L << 20));
        MalformedGeoJsonException e = assertThrows(MalformedGeoJsonException.class, () -> {
            try (GeoJsonFeatureReader reader = new GeoJsonFeatureReader(huge)) {
                while (reader.next() != null) {
                    continue;
                }
            }
        });
        assertEquals(2, e.featureNumber());
        assertEquals("a JSON string or number longer than 1048576 characters", e.getMessage());
    }

    /** {@code count} copies of one byte, made up as they are read. */
    private static final class RepeatedByte extends InputStream {
        private final int value;
        private long remaining;

        RepeatedByte(char value, long count) {
            this.value = value;
            this.remaining = count;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? value : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + count, (byte) value);
            remaining -= count;
            return count;
        }
    }

    @Test
    void coordinatesAreReadAsFixedPointWithoutFloatingPointError() {
        assertEquals(10612345, FixedPointNumber.parse("106.12345"));
        assertEquals(-690000, FixedPointNumber.parse("-6.9"));
        assertEquals(10612346, FixedPointNumber.parse("106.123456"));
        assertEquals(1000000, FixedPointNumber.parse("1e1"));
        assertEquals(Long.MIN_VALUE, FixedPointNumber.parse("1e9"));
    }

    private static void assertProblem(GeoFeature feature, int number, String code, String problemStart) {
        assertEquals(number, feature.number());
        assertEquals(code, feature.code());
        assertNull(feature.shape());
        assertTrue(feature.problem() != null && feature.problem().startsWith(problemStart), feature.toString());
    }

    private static String feature(String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{" + geometry + "}}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    private static List<GeoFeature> read(String json) throws MalformedGeoJsonException {
        List<GeoFeature> features = new ArrayList<>();
        try (GeoJsonFeatureReader reader = new GeoJsonFeatureReader(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            for (GeoFeature feature = reader.next(); feature != null; feature = reader.next()) {
                features.add(feature);
            }
        }
        return features;
    }
}
