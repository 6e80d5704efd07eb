package id.wilayah.bench;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.LevelShapes;
import id.wilayah.domain.geo.NearbyRegion;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.ReverseMatch;
import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.geo.GeometryFileReader;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reverse geocoding on islands, measured in process against the bundled geo pack: each island of a published island
 * list is dropped as a pin on its listed point, and the answer is compared with the regency the list assigns it
 * (island codes are {@code pp.kk.4nnnn}; {@code pp.00.*} islands belong to a province only). The list is a proxy, not
 * ground truth: its points are rounded to about 10 m and some lie on the water next to a small island. Reports the
 * answer with the inference below the containing region and as it was before (stopping at the containing level).
 * Usage: {@code ReverseIslandsMeasurement OUTPUT.md ISLANDS.csv.gz} (columns code, lat, lng).
 */
public final class ReverseIslandsMeasurement {
    private static final BundledDataset DATASET = BundledDataset.KEMENDAGRI_2025;
    private static final double MAX_METRES = 25_000;

    private ReverseIslandsMeasurement() {
    }

    /** {@code regency} is null for an island the list assigns to its province only. */
    record Island(String code, double absoluteLat, double lng, String province, String regency) {
        /** The list's regency as the edition codes it now, where it was re-coded (moved to a new province). */
        static Island of(String code, double absoluteLat, double lng, Map<String, String> recoded) {
            String kk = code.substring(3, 5);
            if (kk.equals("00")) {
                return new Island(code, absoluteLat, lng, code.substring(0, 2), null);
            }
            String listed = code.substring(0, 2) + kk;
            String regency = recoded.getOrDefault(listed, listed);
            return new Island(code, absoluteLat, lng, regency.substring(0, 2), regency);
        }
    }

    /** One line of the results table: how many islands got what. */
    static final class Tally {
        int islands;
        int answered;
        int inside;
        int inferred;
        int provinceRight;
        int withRegency;
        int regencyRight;
        int regencyRightBefore;
        int kotaFilled;
        int kotaFilledBefore;
        int villageFilled;
        int villageFilledBefore;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> postalCodes = new HashMap<>();
        Map<Level, Set<String>> codes = new EnumMap<>(Level.class);
        GeoModel model = load(postalCodes, codes);
        Map<String, String> recoded = recodedRegencies(codes.get(Level.REGENCY));
        List<Island> islands = islands(Path.of(args[1]), recoded);
        LevelShapes provinces = model.level(Level.PROVINCE);

        for (Island island : islands) {
            model.reverse(-island.absoluteLat(), island.lng(), MAX_METRES);
            model.reverse(island.absoluteLat(), island.lng(), MAX_METRES);
        }
        Tally all = new Tally();
        Map<String, Tally> byProvince = new TreeMap<>();
        int unknownProvince = 0;
        int unknownRegency = 0;
        int undecidedSign = 0;
        int southern = 0;
        int moved = 0;
        List<Long> inferredNanos = new ArrayList<>();
        List<Long> otherNanos = new ArrayList<>();
        for (Island island : islands) {
            if (provinces.byCode(island.province()).isEmpty()) {
                unknownProvince++;
                continue;
            }
            if (island.regency() != null && !codes.get(Level.REGENCY).contains(island.regency())) {
                unknownRegency++;
                continue;
            }
            Optional<Double> lat = signedLatitude(provinces, island);
            if (lat.isEmpty()) {
                undecidedSign++;
                continue;
            }
            southern += lat.get() < 0 ? 1 : 0;
            moved += island.regency() != null && !island.code().startsWith(island.regency().substring(0, 2)) ? 1 : 0;
            long started = System.nanoTime();
            ReverseMatch match = model.reverse(lat.get(), island.lng(), MAX_METRES).orElse(null);
            long nanos = System.nanoTime() - started;
            (match != null && !match.inferred().isEmpty() ? inferredNanos : otherNanos).add(nanos);
            count(all, island, match, postalCodes);
            count(byProvince.computeIfAbsent(island.province(), p -> new Tally()), island, match, postalCodes);
        }

        StringBuilder md = new StringBuilder();
        md.append("# Reverse geocoding on islands\n\nWritten by `ReverseIslandsMeasurement` (`./mvnw -Pbench-reverse-islands`) on ")
                .append(java.time.LocalDate.now()).append(", JDK ").append(Runtime.version())
                .append(". Geometry: bundled `").append(DATASET.datasetName()).append("` geo pack, in process, ")
                .append("`max_distance_km` 25.\n\n")
                .append("Islands: [`data/pulau-2023.csv.gz`](data/pulau-2023.csv.gz), the code and point of every row of ")
                .append("`db/archive/pulau_2023.sql` in [cahyadsn/wilayah](https://github.com/cahyadsn/wilayah) ")
                .append("(MIT licence) at commit `b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7` (Kepmendagri No ")
                .append("100.1.1-6117 Tahun 2022, island codes `pp.kk.4nnnn`). A regency of that decree that the ")
                .append("edition codes anew (Papua Barat's regencies moved to Papua Barat Daya) is replaced by the ")
                .append("edition's regency of the same name in the bundled `kemendagri-2023` edition. That list gives every latitude without ")
                .append("its sign; each island takes the sign whose point lies in or nearer to the polygon of the ")
                .append("island's province (code prefix `pp`); an island equally near for both signs is left out. ")
                .append("So \"province right\" is close to certain by construction; the regency and the filled ")
                .append("levels are what this measures. The list is a proxy, not ground truth: its points are ")
                .append("rounded to 0.0001° (about 11 m) and may lie on the water beside a small island.\n\n");
        md.append(String.format(Locale.ROOT, "%,d rows read; %,d measured (%,d south of the equator, %,d in a "
                        + "regency re-coded since). Left out: %,d whose province and %,d whose regency the edition "
                        + "does not have, %,d of undecidable latitude sign.%n%n", islands.size(), all.islands,
                southern, moved, unknownProvince, unknownRegency, undecidedSign));
        md.append("\"Before\" is the answer without the inference (the containing level and nothing below it, as "
                + "`/api/reverse` answered until the inference was added).\n\n");
        md.append("| what | islands | share | before |\n|---|---:|---:|---:|\n");
        row(md, "answered (a region within 25 km)", all.answered, all.islands, -1);
        row(md, "inside a polygon (`match=inside`)", all.inside, all.islands, -1);
        row(md, "of which some level inferred", all.inferred, all.islands, -1);
        row(md, "province as listed", all.provinceRight, all.islands, -1);
        row(md, "regency as listed (islands listed with a regency)", all.regencyRight, all.withRegency,
                all.regencyRightBefore);
        row(md, "kota filled", all.kotaFilled, all.islands, all.kotaFilledBefore);
        row(md, "kelurahan filled, with postal code", all.villageFilled, all.islands, all.villageFilledBefore);
        md.append("\n## Latency in process, after a warm-up pass over both signs of every island\n\n")
                .append("| reverse | answers | p50 µs | p99 µs | max µs |\n|---|---:|---:|---:|---:|\n")
                .append(latencyRow("with a level inferred", inferredNanos))
                .append(latencyRow("every other answer", otherNanos));
        md.append("\n## By province\n\n| province | islands | regency as listed | kota filled | kelurahan filled "
                + "| kelurahan filled before |\n|---|---:|---:|---:|---:|---:|\n");
        byProvince.forEach((province, tally) -> md.append(String.format(Locale.ROOT,
                "| %s | %,d | %s | %s | %s | %s |%n", province, tally.islands,
                percent(tally.regencyRight, tally.withRegency), percent(tally.kotaFilled, tally.islands),
                percent(tally.villageFilled, tally.islands), percent(tally.villageFilledBefore, tally.islands))));
        Files.writeString(Path.of(args[0]), md);
        System.out.print(md);
    }

    /**
     * The latitude whose point is inside, or nearer to, the island's province; empty when both are equally near
     * (both inside: an island near the equator in a province spanning it).
     */
    private static Optional<Double> signedLatitude(LevelShapes provinces, Island island) {
        if (island.absoluteLat() == 0) {
            return Optional.of(0.0);
        }
        double north = provinces.nearestWithin(island.province(), island.absoluteLat(), island.lng())
                .map(NearbyRegion::distanceMetres).orElseThrow();
        double south = provinces.nearestWithin(island.province(), -island.absoluteLat(), island.lng())
                .map(NearbyRegion::distanceMetres).orElseThrow();
        if (north == south) {
            return Optional.empty();
        }
        return Optional.of(south < north ? -island.absoluteLat() : island.absoluteLat());
    }

    private static void count(Tally tally, Island island, ReverseMatch match, Map<String, String> postalCodes) {
        tally.islands++;
        if (island.regency() != null) {
            tally.withRegency++;
        }
        if (match == null) {
            return;
        }
        tally.answered++;
        tally.inside += match.inside() ? 1 : 0;
        tally.inferred += match.inferred().isEmpty() ? 0 : 1;
        tally.provinceRight += match.code().startsWith(island.province()) ? 1 : 0;
        boolean hasRegency = match.level().compareTo(Level.REGENCY) >= 0;
        boolean regencyInferred = match.inferred().contains(Level.REGENCY);
        boolean regencyRight = hasRegency && island.regency() != null && match.code().startsWith(island.regency());
        tally.regencyRight += regencyRight ? 1 : 0;
        tally.regencyRightBefore += regencyRight && !regencyInferred ? 1 : 0;
        tally.kotaFilled += hasRegency ? 1 : 0;
        tally.kotaFilledBefore += hasRegency && !regencyInferred ? 1 : 0;
        boolean village = match.level() == Level.VILLAGE && postalCodes.containsKey(match.code());
        tally.villageFilled += village ? 1 : 0;
        tally.villageFilledBefore += village && match.inferred().isEmpty() ? 1 : 0;
    }

    private static void row(StringBuilder md, String what, int count, int of, int before) {
        md.append(String.format(Locale.ROOT, "| %s | %,d of %,d | %s | %s |%n", what, count, of, percent(count, of),
                before < 0 ? "" : percent(before, of)));
    }

    private static String latencyRow(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? "" : String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f |%n", what,
                sorted.length, sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[sorted.length - 1] / 1e3);
    }

    private static String percent(int count, int of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * count / of);
    }

    /** The 2023 edition's regency codes the 2025 edition lacks → the 2025 regency of the same name. */
    private static Map<String, String> recodedRegencies(Set<String> current) throws IOException {
        Map<String, String> byName = new HashMap<>();
        names(DATASET).forEach((code, name) -> byName.put(name, code));
        Map<String, String> recoded = new HashMap<>();
        names(BundledDataset.KEMENDAGRI_2023).forEach((code, name) -> {
            if (!current.contains(code) && byName.containsKey(name)) {
                recoded.put(code, byName.get(name));
            }
        });
        return recoded;
    }

    private static Map<String, String> names(BundledDataset dataset) throws IOException {
        Map<String, String> names = new HashMap<>();
        try (RegionFileReader reader = new RegionFileReader(RegionFile.REGENCIES, dataset.open(RegionFile.REGENCIES))) {
            for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                names.put(row.code(), row.name().toUpperCase(Locale.ROOT).replace("KAB. ", "KABUPATEN ").strip());
            }
        }
        return names;
    }

    private static List<Island> islands(Path file, Map<String, String> recoded) throws IOException {
        List<Island> islands = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = line.split(",");
                islands.add(Island.of(fields[0], Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
                        recoded));
            }
        }
        return islands;
    }

    private static GeoModel load(Map<String, String> postalCodes, Map<Level, Set<String>> codes) throws IOException {
        Map<Level, LevelShapes> levels = new EnumMap<>(Level.class);
        for (RegionFile file : RegionFile.values()) {
            Set<String> known = new HashSet<>();
            try (RegionFileReader reader = new RegionFileReader(file, DATASET.open(file))) {
                for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                    known.add(row.code());
                    if (row.postalCode() != null && !row.postalCode().isBlank()) {
                        postalCodes.put(row.code(), row.postalCode());
                    }
                }
            }
            codes.put(file.level(), known);
            List<RegionShape> shapes = new ArrayList<>();
            try (InputStream in = DATASET.openGeometry(file, Long.MAX_VALUE).orElseThrow()) {
                GeometryFileReader.read(file, in, known::contains, shapes::add, problem -> {
                });
            }
            levels.put(file.level(), new LevelShapes(shapes));
        }
        return new GeoModel(levels);
    }
}
