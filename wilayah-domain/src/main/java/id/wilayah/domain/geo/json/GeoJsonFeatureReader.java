package id.wilayah.domain.geo.json;

import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.ShapeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a GeoJSON FeatureCollection of region boundaries one Feature at a time with a streaming JSON parser, so a
 * file of millions of points is never held whole. Each Feature comes back with its number, {@code properties.code}
 * and packed shape, or with the reason it is rejected (not a Polygon or MultiPolygon, empty, invalid, outside
 * Indonesia); reading then goes on with the next Feature so that one pass reports every problem. Member order within
 * objects does not matter; other members ({@code bbox}, {@code id}, other properties) are ignored. A string or number
 * longer than {@link #MAX_TOKEN_CHARS}, skipped or not, or arrays and objects nested deeper than {@link #MAX_DEPTH}
 * stop reading with the number of the Feature they are in, so no file costs more memory than a Feature's shape.
 */
public final class GeoJsonFeatureReader implements Closeable {
    /** Far above what a region's name or a coordinate needs, and a few MB of heap at most. */
    public static final int MAX_TOKEN_CHARS = 1 << 20;
    /** A MultiPolygon's positions sit 8 levels deep; the parser itself gives up at 1,000 with an unclassified error. */
    public static final int MAX_DEPTH = 32;

    private final JsonParser parser;
    private int depth;
    private int featureNumber;
    private boolean inFeatures;
    private boolean finished;

    public GeoJsonFeatureReader(InputStream in) {
        this.parser = Json.createParser(new TokenLengthLimit(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), MAX_TOKEN_CHARS));
    }

    /** The next Feature, or null after the last one. */
    public GeoFeature next() throws MalformedGeoJsonException {
        if (finished) {
            return null;
        }
        try {
            if (!inFeatures) {
                enterFeatures();
            }
            Event event = next(parser);
            if (event == Event.END_ARRAY) {
                finishCollection();
                return null;
            }
            featureNumber++;
            if (event != Event.START_OBJECT) {
                throw malformed("Feature " + featureNumber + " is not a JSON object");
            }
            return readFeature();
        } catch (JsonParsingException e) {
            finished = true;
            throw malformed("not valid JSON" + at(e.getLocation()));
        } catch (NestedTooDeep e) {
            finished = true;
            throw malformed("arrays and objects nested deeper than " + MAX_DEPTH + " levels");
        } catch (JsonException | IllegalStateException e) {
            finished = true;
            // The parser wraps what its input failed with: a token over MAX_TOKEN_CHARS, an unpacking limit, bad gzip.
            throw malformed(e.getCause() instanceof IOException unreadable ? unreadable.getMessage()
                    : "not valid JSON");
        }
    }

    /** The number of Features read so far. */
    public int featureCount() {
        return featureNumber;
    }

    private void enterFeatures() throws MalformedGeoJsonException {
        if (!parser.hasNext() || next(parser) != Event.START_OBJECT) {
            throw malformed("not a GeoJSON FeatureCollection: the file must be one JSON object");
        }
        for (Event event = next(parser); event != Event.END_OBJECT; event = next(parser)) {
            String key = parser.getString();
            Event value = next(parser);
            if (key.equals("type")) {
                requireFeatureCollection(value);
            } else if (key.equals("features")) {
                if (value != Event.START_ARRAY) {
                    throw malformed("not a GeoJSON FeatureCollection: \"features\" is not an array");
                }
                inFeatures = true;
                return;
            } else {
                skip(value);
            }
        }
        throw malformed("not a GeoJSON FeatureCollection: no \"features\" array");
    }

    private void finishCollection() throws MalformedGeoJsonException {
        for (Event event = next(parser); event != Event.END_OBJECT; event = next(parser)) {
            String key = parser.getString();
            Event value = next(parser);
            if (key.equals("type")) {
                requireFeatureCollection(value);
            } else {
                skip(value);
            }
        }
        if (parser.hasNext()) {
            throw malformed("unexpected content after the FeatureCollection");
        }
        finished = true;
    }

    private void requireFeatureCollection(Event value) throws MalformedGeoJsonException {
        if (value != Event.VALUE_STRING || !parser.getString().equals("FeatureCollection")) {
            throw malformed("not a GeoJSON FeatureCollection: \"type\" must be \"FeatureCollection\"");
        }
    }

    private GeoFeature readFeature() {
        int featureDepth = depth;
        FeatureParts parts = new FeatureParts();
        try {
            for (Event event = next(parser); event != Event.END_OBJECT; event = next(parser)) {
                String key = parser.getString();
                Event value = next(parser);
                switch (key) {
                    case "type" -> parts.featureType = value == Event.VALUE_STRING ? parser.getString() : "";
                    case "properties" -> readProperties(value, parts);
                    case "geometry" -> readGeometry(value, parts);
                    default -> skip(value);
                }
            }
        } catch (FeatureProblem problem) {
            skipTo(featureDepth - 1);
            return GeoFeature.rejected(featureNumber, parts.code, problem.getMessage());
        }
        return parts.toFeature(featureNumber);
    }

    private void readProperties(Event value, FeatureParts parts) {
        if (value != Event.START_OBJECT) {
            skip(value);
            return;
        }
        for (Event event = next(parser); event != Event.END_OBJECT; event = next(parser)) {
            String key = parser.getString();
            Event member = next(parser);
            if (key.equals("code") && (member == Event.VALUE_STRING || member == Event.VALUE_NUMBER)) {
                parts.code = parser.getString().strip();
            } else {
                skip(member);
            }
        }
    }

    private void readGeometry(Event value, FeatureParts parts) {
        if (value != Event.START_OBJECT) {
            skip(value);
            return;
        }
        parts.hasGeometry = true;
        for (Event event = next(parser); event != Event.END_OBJECT; event = next(parser)) {
            String key = parser.getString();
            Event member = next(parser);
            if (key.equals("type") && member == Event.VALUE_STRING) {
                parts.geometryType = parser.getString();
            } else if (key.equals("coordinates") && member == Event.START_ARRAY && parts.polygonalOrUnknown()) {
                parts.coordinates = readArray(next(parser));
            } else {
                skip(member);
            }
        }
    }

    /**
     * Reads an array whose first inner event is {@code first}: a list of positions comes back as one packed ring,
     * deeper nesting as a list of what its elements are.
     */
    private Object readArray(Event first) {
        Ring ring = null;
        List<Object> children = null;
        for (Event event = first; event != Event.END_ARRAY; event = next(parser)) {
            if (event != Event.START_ARRAY) {
                throw new FeatureProblem("invalid geometry: coordinates must be nested arrays of numbers");
            }
            Event inner = next(parser);
            if (inner == Event.VALUE_NUMBER && children == null) {
                ring = ring == null ? new Ring() : ring;
                readPosition(ring);
            } else if (inner != Event.VALUE_NUMBER && ring == null) {
                children = children == null ? new ArrayList<>() : children;
                children.add(readArray(inner));
            } else {
                throw new FeatureProblem("invalid geometry: positions and arrays of positions are mixed");
            }
        }
        return ring != null ? ring.toArray() : children != null ? children : List.of();
    }

    /** Reads one position whose first number is the current event; a third (altitude) value is ignored. */
    private void readPosition(Ring ring) {
        long x = FixedPointNumber.parse(parser.getString());
        if (next(parser) != Event.VALUE_NUMBER) {
            throw new FeatureProblem("invalid geometry: a position needs a longitude and a latitude");
        }
        long y = FixedPointNumber.parse(parser.getString());
        Event event = next(parser);
        while (event == Event.VALUE_NUMBER) {
            event = next(parser);
        }
        if (event != Event.END_ARRAY) {
            throw new FeatureProblem("invalid geometry: a position must hold numbers only");
        }
        if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
            throw new FeatureProblem("coordinates outside Indonesia's bounding box: a value beyond ±1000 degrees");
        }
        ring.add((int) x, (int) y);
    }

    private Event next(JsonParser json) {
        Event event = json.next();
        if (event == Event.START_ARRAY || event == Event.START_OBJECT) {
            if (++depth > MAX_DEPTH) {
                throw new NestedTooDeep();
            }
        } else if (event == Event.END_ARRAY || event == Event.END_OBJECT) {
            depth--;
        }
        return event;
    }

    private void skip(Event value) {
        if (value == Event.START_ARRAY || value == Event.START_OBJECT) {
            skipTo(depth - 1);
        }
    }

    private void skipTo(int targetDepth) {
        while (depth > targetDepth) {
            next(parser);
        }
    }

    private MalformedGeoJsonException malformed(String message) {
        return new MalformedGeoJsonException(featureNumber, message);
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    @Override
    public void close() {
        parser.close();
    }

    /** A rule broken inside one Feature: reported for it, and reading goes on after it. */
    private static final class FeatureProblem extends RuntimeException {
        FeatureProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** Nesting beyond {@link #MAX_DEPTH}: reading stops, since skipping it would take the parser deeper still. */
    private static final class NestedTooDeep extends RuntimeException {
        NestedTooDeep() {
            super(null, null, false, false);
        }
    }

    /** The packed positions of one ring while it is read. */
    private static final class Ring {
        private int[] xy = new int[64];
        private int length;

        void add(int x, int y) {
            if (length + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[length++] = x;
            xy[length++] = y;
        }

        int[] toArray() {
            return Arrays.copyOf(xy, length);
        }
    }

    /** What has been read of one Feature so far. */
    private static final class FeatureParts {
        String featureType;
        String code;
        boolean hasGeometry;
        String geometryType;
        Object coordinates;

        boolean polygonalOrUnknown() {
            return geometryType == null || geometryType.equals("Polygon") || geometryType.equals("MultiPolygon");
        }

        GeoFeature toFeature(int number) {
            if (!"Feature".equals(featureType)) {
                return GeoFeature.rejected(number, code, "not a GeoJSON Feature: \"type\" must be \"Feature\"");
            }
            if (code == null || code.isEmpty()) {
                return GeoFeature.rejected(number, null, "no properties.code");
            }
            String digits = code.replace(".", "");
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 10) {
                return GeoFeature.rejected(number, code, "properties.code must be a region code of digits");
            }
            if (!hasGeometry) {
                return GeoFeature.rejected(number, digits, "empty geometry: the Feature has no geometry");
            }
            if (geometryType == null || !polygonalOrUnknown()) {
                return GeoFeature.rejected(number, digits, "geometry type " + (geometryType == null ? "missing"
                        : geometryType) + " is not Polygon or MultiPolygon");
            }
            Optional<Shape> shape = shape(geometryType.equals("MultiPolygon"));
            if (shape.isEmpty()) {
                return GeoFeature.rejected(number, digits, "invalid geometry: coordinates are not nested as a "
                        + geometryType + " requires");
            }
            return FeatureRules.problemOf(shape.get())
                    .map(problem -> GeoFeature.rejected(number, digits, problem))
                    .orElseGet(() -> GeoFeature.accepted(number, digits, shape.get()));
        }

        private Optional<Shape> shape(boolean multi) {
            ShapeBuilder builder = new ShapeBuilder();
            if (coordinates == null) {
                return Optional.of(builder.build());
            }
            if (!(coordinates instanceof List<?> list)) {
                return Optional.empty();
            }
            if (!multi) {
                return addPolygon(builder, list) ? Optional.of(builder.build()) : Optional.empty();
            }
            for (Object polygon : list) {
                if (!(polygon instanceof List<?> rings) || !addPolygon(builder, rings)) {
                    return Optional.empty();
                }
            }
            return Optional.of(builder.build());
        }

        private static boolean addPolygon(ShapeBuilder builder, List<?> rings) {
            if (rings.isEmpty()) {
                return true;
            }
            builder.startPolygon();
            for (Object ring : rings) {
                if (!(ring instanceof int[] xy)) {
                    return false;
                }
                builder.startRing();
                for (int i = 0; i < xy.length; i += 2) {
                    builder.addPoint(xy[i], xy[i + 1]);
                }
                builder.endRing();
            }
            return true;
        }
    }
}
