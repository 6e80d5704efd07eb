package id.wilayah.bench;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.GeoPoint;
import id.wilayah.domain.geo.LevelShapes;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.ReverseMatch;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.ShapeCodec;
import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.geo.GeometryFileReader;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The geo read model of the bundled geo pack, measured in process: reading and checking each level's GeoJSON as the
 * importer does, the stored (encoded) size, the heap and build time of the model as activation builds it from the
 * stored shapes, reverse-geocoding every village's interior point, and query latencies. Writes a Markdown report.
 * Usage: {@code GeoModelMeasurement OUTPUT.md}.
 */
public final class GeoModelMeasurement {
    private static final BundledDataset DATASET = BundledDataset.KEMENDAGRI_2025;
    private static final int BUILD_ROUNDS = 3;

    private GeoModelMeasurement() {
    }

    record Stored(String code, byte[] shape, double lat, double lng) {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Geo read model\n\nWritten by `GeoModelMeasurement` (`./mvnw -Pbench-geo`) on ")
                .append(java.time.LocalDate.now()).append(", JDK ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB. Dataset: bundled `")
                .append(DATASET.datasetName()).append("` geo pack.\n\n");
        md.append("## Import: read and check, stored size\n\n")
                .append("| level | features | points | read + check s | stored MB (encoded) | problems |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        Map<Level, List<Stored>> stored = new EnumMap<>(Level.class);
        for (RegionFile file : RegionFile.values()) {
            Set<String> codes = codes(file);
            List<RegionShape> shapes = new ArrayList<>();
            List<ValidationProblem> problems = new ArrayList<>();
            long started = System.nanoTime();
            try (InputStream in = DATASET.openGeometry(file, Long.MAX_VALUE).orElseThrow()) {
                GeometryFileReader.read(file, in, codes::contains, shapes::add, problems::add);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Stored> rows = new ArrayList<>();
            long points = 0;
            long bytes = 0;
            for (RegionShape shape : shapes) {
                byte[] encoded = ShapeCodec.encode(shape.shape());
                rows.add(new Stored(shape.code(), encoded, shape.interiorPoint().lat(), shape.interiorPoint().lng()));
                points += shape.shape().pointCount();
                bytes += encoded.length;
            }
            stored.put(file.level(), rows);
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %d |%n", file.level().label(),
                    shapes.size(), points, seconds, bytes / 1e6, problems.size()));
        }

        long bestBuild = Long.MAX_VALUE;
        long heap = 0;
        GeoModel model = null;
        for (int round = 0; round < BUILD_ROUNDS; round++) {
            model = null;
            long before = liveHeap();
            long started = System.nanoTime();
            model = build(stored);
            bestBuild = Math.min(bestBuild, System.nanoTime() - started);
            heap = liveHeap() - before;
        }
        Reference.reachabilityFence(stored);
        md.append("\n## Activation: the model built from the stored shapes\n\n")
                .append("| what | figure | target |\n|---|---:|---|\n")
                .append(String.format(Locale.ROOT, "| build (decode + STR-trees, all four levels), best of %d | %.2f s | < 10 s |%n",
                        BUILD_ROUNDS, bestBuild / 1e9))
                .append(String.format(Locale.ROOT, "| heap of the model (live heap growth after full GCs) | %.0f MB | < 250 MB |%n",
                        heap / 1e6))
                .append(String.format(Locale.ROOT, "| points held | %,d | |%n", model.pointCount()));

        List<String> exceptions = new ArrayList<>();
        List<RegionShape> villages = model.level(Level.VILLAGE).all();
        long[] nanos = new long[villages.size()];
        for (int round = 0; round < 2; round++) {
            exceptions.clear();
            for (int i = 0; i < villages.size(); i++) {
                RegionShape village = villages.get(i);
                long started = System.nanoTime();
                ReverseMatch match = model.reverse(village.interiorPoint().lat(), village.interiorPoint().lng(),
                        25_000).orElseThrow();
                nanos[i] = System.nanoTime() - started;
                if (!match.code().equals(village.code())) {
                    exceptions.add(village.code() + " → " + match.code());
                }
            }
        }
        Arrays.sort(nanos);
        md.append("\n## Correctness: every village's interior point reverse-geocoded\n\n")
                .append(String.format(Locale.ROOT, "%,d of %,d villages (%.3f %%) answer with themselves (target ≥ 99.9 %%). ",
                        villages.size() - exceptions.size(), villages.size(),
                        100.0 * (villages.size() - exceptions.size()) / villages.size()))
                .append("The exceptions are points where the source's polygons overlap; the lowest code answers there:\n\n");
        exceptions.forEach(e -> md.append("- ").append(e).append('\n'));
        md.append("\n## Query latency in process (no HTTP), second pass\n\n| query | p50 µs | p99 µs | max µs |\n|---|---:|---:|---:|\n")
                .append(latencyRow("reverse, every village's interior point", nanos));
        md.append(latencyRow("reverse at sea (nearest region), 10,000 points", seaLatencies(model)));
        md.append(latencyRow("regency boundary simplified to 100 m, all 514", simplifyLatencies(model)));
        Files.writeString(Path.of(args[0]), md);
        System.out.print(md);
    }

    private static GeoModel build(Map<Level, List<Stored>> stored) {
        Map<Level, LevelShapes> levels = new EnumMap<>(Level.class);
        stored.forEach((level, rows) -> {
            List<RegionShape> shapes = new ArrayList<>(rows.size());
            for (Stored row : rows) {
                shapes.add(new RegionShape(row.code(), ShapeCodec.decode(row.shape()),
                        new GeoPoint(row.lat(), row.lng())));
            }
            levels.put(level, new LevelShapes(shapes));
        });
        return new GeoModel(levels);
    }

    private static long[] seaLatencies(GeoModel model) {
        java.util.Random random = new java.util.Random(15);
        List<Long> nanos = new ArrayList<>();
        while (nanos.size() < 10_000) {
            double lat = -11 + 17 * random.nextDouble();
            double lng = 95 + 46 * random.nextDouble();
            if (model.level(Level.PROVINCE).containing(lat, lng).isPresent()) {
                continue;
            }
            long started = System.nanoTime();
            model.reverse(lat, lng, 25_000);
            nanos.add(System.nanoTime() - started);
        }
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long[] simplifyLatencies(GeoModel model) {
        List<RegionShape> regencies = model.level(Level.REGENCY).all();
        long[] nanos = new long[regencies.size()];
        for (int i = 0; i < nanos.length; i++) {
            Shape shape = regencies.get(i).shape();
            long started = System.nanoTime();
            shape.simplified(100);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String latencyRow(String what, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", what, sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.99)] / 1e3, sorted[sorted.length - 1] / 1e3);
    }

    private static Set<String> codes(RegionFile file) throws IOException {
        Set<String> codes = new HashSet<>();
        try (RegionFileReader reader = new RegionFileReader(file, DATASET.open(file))) {
            for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                codes.add(row.code());
            }
        }
        return codes;
    }

    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
