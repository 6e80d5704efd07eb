package id.wilayah.admin.map;

import id.wilayah.domain.geo.Shape;
import jakarta.json.Json;
import java.io.IOException;
import java.io.Writer;

/**
 * The map's drawing data as GeoJSON Features written straight to the response ({@code [lng, lat]}), each with the
 * region's code, name, level and role: {@code region} (the one shown) or {@code child} (a region under it). At full
 * resolution, not simplified: the console asks for one region and its children at a time, the response is compressed,
 * and Leaflet itself drops the points a zoom level cannot show.
 */
final class MapFeatures {
    private MapFeatures() {
    }

    static void write(Writer out, Place place, String role, Shape shape) throws IOException {
        out.write("{\"type\":\"Feature\",\"properties\":{\"code\":");
        out.write(Json.createValue(place.code()).toString());
        out.write(",\"name\":");
        out.write(Json.createValue(place.name()).toString());
        out.write(",\"level\":\"");
        out.write(place.levelName());
        out.write("\",\"role\":\"");
        out.write(role);
        out.write("\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
        StringBuilder point = new StringBuilder(32);
        for (int polygon = 0; polygon < shape.polygonCount(); polygon++) {
            out.write(polygon == 0 ? "[" : ",[");
            int lastRing = polygon + 1 < shape.polygonCount() ? shape.firstRing(polygon + 1) : shape.ringCount();
            for (int ring = shape.firstRing(polygon); ring < lastRing; ring++) {
                out.write(ring == shape.firstRing(polygon) ? "[" : ",[");
                for (int index = shape.ringStart(ring); index < shape.ringEnd(ring); index++) {
                    point.setLength(0);
                    point.append(index == shape.ringStart(ring) ? "[" : ",[")
                            .append(Shape.toDegrees(shape.x(index))).append(',')
                            .append(Shape.toDegrees(shape.y(index))).append(']');
                    out.append(point);
                }
                out.write(']');
            }
            out.write(']');
        }
        out.write("]}}");
    }
}
