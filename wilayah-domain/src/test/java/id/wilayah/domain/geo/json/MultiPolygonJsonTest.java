package id.wilayah.domain.geo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MultiPolygonJsonTest {
    @Test
    void coordinatesAreWrittenAsTheExactDecimalsOfTheirFixedPointValues() {
        assertEquals("107.61234", degrees(10761234));
        assertEquals("-6.9", degrees(-690000));
        assertEquals("0", degrees(0));
        assertEquals("-0.00001", degrees(-1));
        assertEquals("141", degrees(14100000));
    }

    private static String degrees(int units) {
        StringBuilder out = new StringBuilder();
        MultiPolygonJson.appendDegrees(out, units);
        return out.toString();
    }
}
