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
    private static final double SIGN_NEAR_METRES = 5_000;
    private static final String CAHYADSN = "[cahyadsn/wilayah](https://github.com/cahyadsn/wilayah) (MIT licence) at "
            + "commit `b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7`";
    private static final Map<String, String> SOURCES = Map.of(
            "pulau-2023.csv.gz", "the code and point of every row of `db/archive/pulau_2023.sql` in " + CAHYADSN
                    + " (Kepmendagri No 100.1.1-6117 Tahun 2022, island codes `pp.kk.4nnnn`)",
            "pulau-2025.csv.gz", "the code and point of every island with a point in the bundled `kemendagri-2025` "
                    + "islands file (from `db/wilayah_pulau.sql` in " + CAHYADSN + ", Kepmendagri No "
                    + "300.2.2-2430 Tahun 2025), the latitude's sign dropped so that it is chosen here as for the "
                    + "2023 list, independently of the conversion");
    private static final double SIGN_FAR_METRES = 50_000;

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
        List<Miss> misses = new ArrayList<>();
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
            miss(model, island, lat.get(), match).ifPresent(misses::add);
            count(byProvince.computeIfAbsent(island.province(), p -> new Tally()), island, match, postalCodes);
        }

        String file = Path.of(args[1]).getFileName().toString();
        StringBuilder md = new StringBuilder();
        md.append("# Reverse geocoding on islands\n\nWritten by `ReverseIslandsMeasurement` (`./mvnw -Pbench-reverse-islands`) on ")
                .append(java.time.LocalDate.now()).append(", JDK ").append(Runtime.version())
                .append(". Geometry: bundled `").append(DATASET.datasetName()).append("` geo pack, in process, ")
                .append("`max_distance_km` 25.\n\n")
                .append("Islands: [`data/").append(file).append("`](data/").append(file).append("), ")
                .append(SOURCES.getOrDefault(file, "a list of island codes and points"))
                .append(". A regency that the edition codes anew (Papua Barat's regencies moved to Papua Barat ")
                .append("Daya) is replaced by the edition's regency of the same name in the bundled ")
                .append("`kemendagri-2023` edition. The list gives every latitude without its sign; each island ")
                .append("takes the sign whose point lies within 5 km of the polygon of the island's province (code ")
                .append("prefix `pp`) if the other sign's point is more than 50 km from it; other islands are left ")
                .append("out (near the equator, in a province spanning it, both points may lie in the province). ")
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
        misses(md, misses);
        Files.writeString(Path.of(args[0]), md);
        System.out.print(md);
    }

    /** An island answered with another regency than listed: how the answer's regency was found, and how far off. */
    record Miss(Island island, String answered, String how, double metresToListed) {
    }

    private static Optional<Miss> miss(GeoModel model, Island island, double lat, ReverseMatch match) {
        if (island.regency() == null || match == null || match.level().compareTo(Level.REGENCY) < 0
                || match.code().startsWith(island.regency())) {
            return Optional.empty();
        }
        String how = !match.inside() ? "in no polygon: nearest"
                : match.inferred().contains(Level.REGENCY) ? "in the province's polygon only: regency inferred"
                : "inside another regency's polygon";
        double metres = model.level(Level.DISTRICT).nearestWithin(island.regency(), lat, island.lng())
                .map(NearbyRegion::distanceMetres).orElse(Double.NaN);
        return Optional.of(new Miss(island, match.code().substring(0, 4), how, metres));
    }

    /** The misses by how they came about, with the distance to the listed regency's nearest district polygon. */
    private static void misses(StringBuilder md, List<Miss> misses) {
        md.append("\n## The islands answered with another regency than listed\n\n")
                .append("Distance: from the island's point to the nearest district polygon of the listed regency ")
                .append("(0 would be inside it).\n\n")
                .append("| how the answer's regency was found | islands | listed regency ≤ 1 km away | median km |\n")
                .append("|---|---:|---:|---:|\n");
        Map<String, List<Miss>> byHow = new TreeMap<>();
        misses.forEach(miss -> byHow.computeIfAbsent(miss.how(), how -> new ArrayList<>()).add(miss));
        byHow.forEach((how, group) -> {
            double[] km = group.stream().mapToDouble(miss -> miss.metresToListed() / 1000).sorted().toArray();
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f |%n", how, group.size(),
                    group.stream().filter(miss -> miss.metresToListed() <= 1000).count(), km[km.length / 2]));
        });
        Map<String, Integer> pairs = new HashMap<>();
        misses.forEach(miss -> pairs.merge(miss.island().regency() + " → " + miss.answered(), 1, Integer::sum));
        md.append("\nMost frequent (listed → answered): ");
        md.append(String.join(", ", pairs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .map(pair -> pair.getKey() + " (" + pair.getValue() + ")").toList()));
        md.append(".\n");
    }

    /**
     * The latitude whose point is clearly nearer to the island's province: within {@value #SIGN_NEAR_METRES} m of its
     * polygon while the other sign's point is more than {@value #SIGN_FAR_METRES} m away; empty when the two do not
     * differ that much (an island near the equator in a province spanning it, whose polygon holds both).
     */
    private static Optional<Double> signedLatitude(LevelShapes provinces, Island island) {
        double north = provinces.nearestWithin(island.province(), island.absoluteLat(), island.lng())
                .map(NearbyRegion::distanceMetres).orElseThrow();
        double south = provinces.nearestWithin(island.province(), -island.absoluteLat(), island.lng())
                .map(NearbyRegion::distanceMetres).orElseThrow();
        if (north <= SIGN_NEAR_METRES && south > SIGN_FAR_METRES) {
            return Optional.of(island.absoluteLat());
        }
        if (south <= SIGN_NEAR_METRES && north > SIGN_FAR_METRES) {
            return Optional.of(-island.absoluteLat());
        }
        return Optional.empty();
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
