package id.wilayah.importer.geo;

import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.json.GeoFeature;
import id.wilayah.domain.geo.json.GeoJsonFeatureReader;
import id.wilayah.domain.geo.json.MalformedGeoJsonException;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.RegionFile;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads one level's GeoJSON FeatureCollection Feature by Feature and checks what only the edition can tell: that each
 * code is a region of that level in the edition and appears once. Accepted regions go to a consumer with their
 * interior point; each problem is reported with the file and the Feature's number (in the line column).
 */
public final class GeometryFileReader {
    private GeometryFileReader() {
    }

    public static String fileName(RegionFile file) {
        return file.baseName() + ".geojson";
    }

    /** Returns the number of Features read. */
    public static int read(RegionFile file, InputStream in, Predicate<String> knownCode,
                           Consumer<RegionShape> accepted, Consumer<ValidationProblem> problems) {
        String name = fileName(file);
        Map<String, Integer> featureOfCode = new HashMap<>();
        try (GeoJsonFeatureReader reader = new GeoJsonFeatureReader(in)) {
            for (GeoFeature feature = reader.next(); feature != null; feature = reader.next()) {
                String problem = feature.problem();
                if (problem == null && !knownCode.test(feature.code())) {
                    problem = "code " + feature.code() + " is not a " + file.level().label() + " of this edition";
                }
                Integer first = feature.code() == null ? null : featureOfCode.putIfAbsent(feature.code(),
                        feature.number());
                if (problem == null && first != null) {
                    problem = "duplicate code " + feature.code() + " (first in Feature " + first + ")";
                }
                if (problem != null) {
                    problems.accept(new ValidationProblem(name, feature.number(), "Feature " + feature.number()
                            + (feature.code() == null ? "" : " (code " + feature.code() + ")") + ": " + problem));
                } else {
                    accepted.accept(RegionShape.of(feature.code(), feature.shape()));
                }
            }
            return reader.featureCount();
        } catch (MalformedGeoJsonException e) {
            problems.accept(new ValidationProblem(name, e.featureNumber(), (e.featureNumber() == 0 ? ""
                    : "Feature " + e.featureNumber() + ": ") + e.getMessage()));
            return e.featureNumber();
        }
    }
}
