package id.wilayah.admin.map;

import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.json.MultiPolygonJson;
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
        out.write("\"},\"geometry\":");
        MultiPolygonJson.write(out, shape);
        out.write('}');
    }
}
