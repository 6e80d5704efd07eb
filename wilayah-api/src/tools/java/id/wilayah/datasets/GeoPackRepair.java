package id.wilayah.datasets;

import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.ShapeBuilder;
import id.wilayah.domain.geo.json.FeatureRules;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Makes the published boundary files valid at the precision they are published in: the source repaired its
 * self-intersections, but rounding to five decimals brought some back and collapsed some tiny rings. Each Feature the
 * importer's rules reject is snap-rounded to the 1e-5 degree grid (JTS GeometryPrecisionReducer, after GeometryFixer
 * if needed) and written back in the same one-Feature-per-line layout; every other line is copied unchanged.
 * Usage: {@code GeoPackRepair SOURCE.geojson.gz TARGET.geojson.gz}; prints each repaired code.
 */
public final class GeoPackRepair {
    private GeoPackRepair() {
    }

    public static void main(String[] args) throws IOException {
        int repaired = 0;
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8));
             Writer out = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                String repairedLine = line.startsWith("{\"type\":\"Feature\"") ? repairedFeature(line) : null;
                if (repairedLine != null) {
                    repaired++;
                }
                out.write(repairedLine != null ? repairedLine : line);
                out.write('\n');
            }
        }
        System.out.printf("%s: %d lines, %d Features repaired%n", args[0], lines, repaired);
    }

    /** The repaired line, or null when the Feature is acceptable as it is. */
    private static String repairedFeature(String line) {
        boolean lastFeature = !line.endsWith(",");
        JsonObject feature;
        try (JsonReader reader = Json.createReader(new StringReader(lastFeature ? line : line.substring(0,
                line.length() - 1)))) {
            feature = reader.readObject();
        }
        Shape shape = shapeOf(feature.getJsonObject("geometry").getJsonArray("coordinates"));
        Optional<String> problem = FeatureRules.problemOf(shape);
        if (problem.isEmpty()) {
            return null;
        }
        Geometry geometry = shape.toGeometry();
        Shape fixed = Shape.of(GeometryPrecisionReducer.reduce(geometry.isValid() ? geometry
                : GeometryFixer.fix(geometry), new PrecisionModel(Shape.UNITS)));
        Optional<String> remaining = FeatureRules.problemOf(fixed);
        JsonObject properties = feature.getJsonObject("properties");
        if (remaining.isPresent()) {
            throw new IllegalStateException(properties.getString("code") + " still invalid: " + remaining.get());
        }
        System.out.println("repaired " + properties.getString("code") + " (" + problem.get() + ")");
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\"MultiPolygon\","
                + "\"coordinates\":" + coordinates(fixed) + "}}" + (lastFeature ? "" : ",");
    }

    private static Shape shapeOf(JsonArray multiPolygon) {
        ShapeBuilder builder = new ShapeBuilder();
        for (JsonArray polygon : multiPolygon.getValuesAs(JsonArray.class)) {
            builder.startPolygon();
            for (JsonArray ring : polygon.getValuesAs(JsonArray.class)) {
                builder.startRing();
                for (JsonArray position : ring.getValuesAs(JsonArray.class)) {
                    builder.addPoint(units(position.getJsonNumber(0)), units(position.getJsonNumber(1)));
                }
                builder.endRing();
            }
        }
        return builder.build();
    }

    private static int units(JsonNumber number) {
        return number.bigDecimalValue().movePointRight(5).intValueExact();
    }

    private static String coordinates(Shape shape) {
        StringBuilder json = new StringBuilder("[");
        for (int polygon = 0; polygon < shape.polygonCount(); polygon++) {
            json.append(polygon == 0 ? "[" : ",[");
            int lastRing = polygon + 1 < shape.polygonCount() ? shape.firstRing(polygon + 1) : shape.ringCount();
            for (int ring = shape.firstRing(polygon); ring < lastRing; ring++) {
                json.append(ring == shape.firstRing(polygon) ? "[" : ",[");
                for (int p = shape.ringStart(ring); p < shape.ringEnd(ring); p++) {
                    json.append(p == shape.ringStart(ring) ? "[" : ",[").append(degrees(shape.x(p))).append(',')
                            .append(degrees(shape.y(p))).append(']');
                }
                json.append(']');
            }
            json.append(']');
        }
        return json.append(']').toString();
    }

    private static String degrees(int units) {
        return java.math.BigDecimal.valueOf(units, 5).stripTrailingZeros().toPlainString();
    }
}
