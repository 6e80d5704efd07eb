package id.wilayah.api.geo;

import id.wilayah.domain.geo.GeoPoint;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.json.MultiPolygonJson;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import jakarta.json.Json;
import java.io.IOException;
import java.io.Writer;

/** Writes RFC 7946 Features straight to the response, their geometry through {@link MultiPolygonJson}. */
final class GeoJsonFeatures {
    static final String MEDIA_TYPE = "application/geo+json";

    private GeoJsonFeatures() {
    }

    /** {@code {"type":"Feature","properties":{code,name,level,lat,lng},"geometry":{MultiPolygon}}}. */
    static void write(Writer out, Region region, Level level, GeoPoint interior, Shape shape) throws IOException {
        out.write("{\"type\":\"Feature\",\"properties\":{\"code\":");
        out.write(Json.createValue(region.code()).toString());
        out.write(",\"name\":");
        out.write(Json.createValue(region.name()).toString());
        out.write(",\"level\":\"");
        out.write(level.label());
        out.write("\",\"lat\":");
        out.write(Double.toString(Math.round(interior.lat() * 1e6) / 1e6));
        out.write(",\"lng\":");
        out.write(Double.toString(Math.round(interior.lng() * 1e6) / 1e6));
        out.write("},\"geometry\":");
        MultiPolygonJson.write(out, shape);
        out.write('}');
    }
}
