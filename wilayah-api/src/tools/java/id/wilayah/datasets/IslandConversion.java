package id.wilayah.datasets;

import id.wilayah.datasets.IslandSourceRows.SourceIsland;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.ShapeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Turns cahyadsn/wilayah's {@code db/wilayah_pulau.sql} into the importer's {@code islands.csv.gz}: one row per island
 * code ({@code code,regency_code,name,lat,lng,populated,outermost}), codes without dots, {@code regency_code} empty for
 * an island the source assigns to a province only ({@code 35.00.40001}). Each latitude's sign is decided by
 * {@link IslandSign} against the dataset's own boundaries, and every decision that needs a look is printed: repeated
 * codes, islands without a position, islands placed near neither sign's region.
 * Usage: {@code IslandConversion wilayah_pulau.sql DATASET_DIR} (the folder holding {@code provinces.geojson.gz} and
 * {@code regencies.geojson.gz}); writes {@code DATASET_DIR/islands.csv.gz}.
 */
public final class IslandConversion {
    private IslandConversion() {
    }

    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args[1]);
        Map<String, Shape> regions = new HashMap<>(shapes(dataset.resolve("provinces.geojson.gz")));
        regions.putAll(shapes(dataset.resolve("regencies.geojson.gz")));
        List<SourceIsland> source;
        try (BufferedReader sql = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            source = IslandSourceRows.read(sql);
        }
        Map<String, SourceIsland> islands = new LinkedHashMap<>();
        int repeated = 0;
        for (SourceIsland island : source) {
            SourceIsland first = islands.putIfAbsent(island.code(), island);
            if (first != null) {
                repeated++;
                if (!same(first, island)) {
                    System.out.printf("line %d: %s repeats line %d with other values; the first is kept%n",
                            island.line(), island.dottedCode(), first.line());
                }
            }
        }
        List<String> rows = new ArrayList<>();
        int flipped = 0;
        int kept = 0;
        int unplaced = 0;
        int bothNear = 0;
        int ties = 0;
        int withoutPosition = 0;
        for (SourceIsland island : islands.values()) {
            String region = regionCode(island.code());
            Shape shape = regions.get(region);
            if (shape == null) {
                throw new IllegalStateException(island.dottedCode() + ": no region " + region + " in " + dataset);
            }
            Double lat = island.lat();
            if (lat == null || island.lng() == null) {
                withoutPosition++;
                System.out.printf("line %d: %s %s has no position; listed without one%n", island.line(),
                        island.dottedCode(), island.name());
            } else {
                IslandSign.Choice choice = IslandSign.choose(lat, island.lng(),
                        (y, x) -> distanceMetres(shape, y, x));
                lat = choice.lat();
                if (choice.flipped()) {
                    flipped++;
                } else {
                    kept++;
                }
                if (choice.placed() && distanceMetres(shape, -lat, island.lng()) <= IslandSign.NEAR_METRES) {
                    bothNear++;
                }
                if (choice.tie()) {
                    ties++;
                    System.out.printf("line %d: %s %s: both %s and %s lie inside region %s; mirrored, as the source's"
                            + " sign usually is wrong%n", island.line(), island.dottedCode(), island.name(),
                            decimal(island.lat()), decimal(lat), region);
                }
                if (!choice.placed()) {
                    unplaced++;
                    System.out.printf("line %d: %s %s at %s, %s lies %.0f km from region %s with either sign"
                            + " (nearer sign taken)%n", island.line(), island.dottedCode(), island.name(),
                            decimal(lat), decimal(island.lng()), choice.distanceMetres() / 1000, region);
                }
            }
            rows.add(String.join(",", island.code(), region.length() == 4 ? region : "", csv(island.name()),
                    lat == null ? "" : decimal(lat), island.lng() == null ? "" : decimal(island.lng()),
                    island.populated() == null ? "" : island.populated().toString(),
                    Boolean.toString(island.outermost())));
        }
        rows.sort(null);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(
                Files.newOutputStream(dataset.resolve("islands.csv.gz"))), StandardCharsets.UTF_8))) {
            out.write("code,regency_code,name,lat,lng,populated,outermost\r\n");
            for (String row : rows) {
                out.write(row);
                out.write("\r\n");
            }
        }
        System.out.printf("%d source rows, %d repeated codes dropped, %d islands written: latitude mirrored for %d,"
                + " kept for %d, %d without a position, %d not near their region; %d near it with either sign (the"
                + " nearer taken), %d of them inside it with either sign (mirrored)%n", source.size(), repeated,
                rows.size(), flipped, kept, withoutPosition, unplaced, bothNear, ties);
    }

    /** The island's regency ({@code 1101}), or its province ({@code 35}) for a code whose regency part is 00. */
    static String regionCode(String islandCode) {
        return islandCode.startsWith("00", 2) ? islandCode.substring(0, 2) : islandCode.substring(0, 4);
    }

    private static boolean same(SourceIsland a, SourceIsland b) {
        return a.name().equals(b.name()) && java.util.Objects.equals(a.lat(), b.lat())
                && java.util.Objects.equals(a.lng(), b.lng()) && a.status().equals(b.status())
                && a.notes().equals(b.notes());
    }

    static double distanceMetres(Shape shape, double lat, double lng) {
        double best = Double.MAX_VALUE;
        for (int polygon = 0; polygon < shape.polygonCount() && best > 0; polygon++) {
            best = Math.min(best, shape.polygonDistanceMetres(polygon, lat, lng));
        }
        return best;
    }

    static String decimal(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Map<String, Shape> shapes(Path geojson) throws IOException {
        Map<String, Shape> shapes = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(geojson)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("{\"type\":\"Feature\"")) {
                    continue;
                }
                String json = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
                try (JsonReader reader = Json.createReader(new StringReader(json))) {
                    JsonObject feature = reader.readObject();
                    shapes.put(feature.getJsonObject("properties").getString("code"),
                            shape(feature.getJsonObject("geometry").getJsonArray("coordinates")));
                }
            }
        }
        return shapes;
    }

    private static Shape shape(JsonArray multiPolygon) {
        ShapeBuilder builder = new ShapeBuilder();
        for (JsonArray polygon : multiPolygon.getValuesAs(JsonArray.class)) {
            builder.startPolygon();
            for (JsonArray ring : polygon.getValuesAs(JsonArray.class)) {
                builder.startRing();
                for (JsonArray position : ring.getValuesAs(JsonArray.class)) {
                    builder.addPoint(Shape.toUnits(position.getJsonNumber(0).doubleValue()),
                            Shape.toUnits(position.getJsonNumber(1).doubleValue()));
                }
                builder.endRing();
            }
        }
        return builder.build();
    }
}
