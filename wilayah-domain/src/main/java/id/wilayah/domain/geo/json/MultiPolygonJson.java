package id.wilayah.domain.geo.json;

import id.wilayah.domain.geo.Shape;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a shape as a GeoJSON MultiPolygon straight to a writer ({@code [lng, lat]}), coordinates as the exact
 * decimals of their fixed-point values (at most five decimals), so a national export never exists as one string or
 * one object per point.
 */
public final class MultiPolygonJson {
    private MultiPolygonJson() {
    }

    /** {@code {"type":"MultiPolygon","coordinates":[…]}}. */
    public static void write(Writer out, Shape shape) throws IOException {
        out.write("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        StringBuilder buffer = new StringBuilder(64);
        for (int polygon = 0; polygon < shape.polygonCount(); polygon++) {
            out.write(polygon == 0 ? "[" : ",[");
            int lastRing = polygon + 1 < shape.polygonCount() ? shape.firstRing(polygon + 1) : shape.ringCount();
            for (int ring = shape.firstRing(polygon); ring < lastRing; ring++) {
                out.write(ring == shape.firstRing(polygon) ? "[" : ",[");
                for (int point = shape.ringStart(ring); point < shape.ringEnd(ring); point++) {
                    buffer.setLength(0);
                    buffer.append(point == shape.ringStart(ring) ? "[" : ",[");
                    appendDegrees(buffer, shape.x(point));
                    buffer.append(',');
                    appendDegrees(buffer, shape.y(point));
                    buffer.append(']');
                    out.append(buffer);
                }
                out.write(']');
            }
            out.write(']');
        }
        out.write("]}");
    }

    /** Appends fixed-point units as a decimal: 10761234 → 107.61234, -690000 → -6.9. */
    static void appendDegrees(StringBuilder out, int units) {
        long value = units;
        if (value < 0) {
            out.append('-');
            value = -value;
        }
        out.append(value / 100_000);
        int fraction = (int) (value % 100_000);
        if (fraction != 0) {
            out.append('.');
            String digits = Integer.toString(100_000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append(digits, 0, end);
        }
    }
}
