package id.wilayah.bench;

import id.wilayah.launcher.LocalWilayah;
import id.wilayah.testsupport.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the product's JVM settings against the alternatives they were chosen over: the same server, data and
 * load on each variant in turn (one home, so the dataset is imported once), each variant started fresh, warmed up and
 * then measured with wrk on loopback. The load mixes what the read path does all day (a trivial endpoint, a parent's
 * list, a search, at 32 connections) with what allocates most (the whole 83k-village list at 4 connections); GC
 * pauses come from each variant's own GC log, resident memory from the server process at the end.
 * Prints a Markdown table and writes it to the file given as the fourth argument.
 * Arguments: the WAR, the Payara Micro jar, the pre-boot command file, the report file.
 */
public final class JvmSettingsComparison {
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measure-seconds", 15));
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 2);
    private static final String HEAP = "-Xms768m -Xmx768m";
    private static final String PRODUCT_THREADS = "8–64";
    private static final List<Load> LOADS = List.of(
            new Load("/api/whoami", 32), new Load("/api/kecamatan?kode_kota=3204", 32),
            new Load("/api/search?q=bandung", 32), new Load("/api/kelurahan", 4));

    private record Load(String path, int connections) {
    }

    private record Variant(String name, String jvmOptions, String httpThreads) {
        List<String> options(Path gcLog) {
            List<String> options = new ArrayList<>(List.of(jvmOptions.split(" ")));
            options.add("-Xlog:gc:file=" + gcLog);
            return options;
        }
    }

    private record Outcome(Variant variant, List<WrkResult> results, GcPauses pauses, long residentKib) {
    }

    public static void main(String[] args) throws Exception {
        LocalWilayah.ServerFiles product = LocalWilayah.ServerFiles.fromArgs(args);
        Path report = Path.of(args[3]);
        Path home = product.war().toAbsolutePath().getParent().resolve("bench-jvm-home");
        List<Variant> variants = List.of(
                new Variant("product: ParallelGC", String.join(" ", LocalWilayah.JVM_OPTIONS), PRODUCT_THREADS),
                new Variant("G1 (the JVM's default collector)", HEAP + " -XX:+UseG1GC", PRODUCT_THREADS),
                new Variant("SerialGC", HEAP + " -XX:+UseSerialGC", PRODUCT_THREADS),
                new Variant("Payara's default HTTP pool", String.join(" ", LocalWilayah.JVM_OPTIONS), "2–200"),
                new Variant("small HTTP pool", String.join(" ", LocalWilayah.JVM_OPTIONS), "4–16"));
        BenchmarkReport.publish(report, () -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (Variant variant : variants) {
                outcomes.add(measure(product, home, variant));
            }
            return render(outcomes);
        });
    }

    private static Outcome measure(LocalWilayah.ServerFiles product, Path home, Variant variant) throws Exception {
        System.out.println("== " + variant.name() + ": " + variant.jvmOptions() + ", HTTP threads "
                + variant.httpThreads());
        Path gcLog = home.resolve("logs/gc-" + variant.name().replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        Files.createDirectories(gcLog.getParent());
        Files.deleteIfExists(gcLog);
        LocalWilayah.ServerFiles files = new LocalWilayah.ServerFiles(product.war(), product.microJar(),
                preboot(product.preboot(), home, variant.httpThreads()));
        try (LocalWilayah wilayah = LocalWilayah.start(files, home, LoopbackPorts.free(), LoopbackPorts.free(),
                BenchmarkReport.UNLIMITED_KEY, variant.options(gcLog))) {
            wilayah.awaitReady();
            Wrk wrk = new Wrk(wilayah.firstStartCredentials().getProperty("api.key"));
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (Load load : LOADS) {
                    wrk.run(wilayah.baseUrl() + load.path(), load.connections(), WARM_UP);
                }
            }
            List<WrkResult> results = new ArrayList<>();
            for (Load load : LOADS) {
                results.add(wrk.run(wilayah.baseUrl() + load.path(), load.connections(), MEASURE));
            }
            long resident = residentKib(wilayah.serverPid());
            return new Outcome(variant, results, GcPauses.of(gcLog), resident);
        }
    }

    /** The product's pre-boot commands with the HTTP pool of the variant ("min–max"). */
    private static Path preboot(Path productPreboot, Path home, String httpThreads) throws IOException {
        String[] bounds = httpThreads.split("–");
        List<String> commands = Files.readAllLines(productPreboot).stream()
                .map(line -> line.replaceFirst("(min-thread-pool-size=)\\d+", "$1" + bounds[0])
                        .replaceFirst("(max-thread-pool-size=)\\d+", "$1" + bounds[1]))
                .toList();
        if (commands.stream().noneMatch(line -> line.contains("max-thread-pool-size=" + bounds[1]))) {
            throw new IllegalStateException("the product's pre-boot file no longer sizes the HTTP pool");
        }
        Path preboot = home.resolve("preboot-threads-" + bounds[0] + "-" + bounds[1] + ".txt");
        Files.createDirectories(home);
        Files.write(preboot, commands);
        return preboot;
    }

    private static long residentKib(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(0L);
    }

    private static String render(List<Outcome> outcomes) {
        Outcome reference = outcomes.get(0);
        StringBuilder table = new StringBuilder()
                .append("# JVM settings compared\n\n")
                .append(String.format(Locale.ROOT, "Run %s on %d cores; each variant started fresh on the same data,"
                                + " every load driven %d times for %d s, then each measured for %d s with wrk on"
                                + " 127.0.0.1; req/s with p99 in ms, and in brackets req/s relative to the product's"
                                + " settings (first row). GC pauses over the whole run of the variant.%n%n",
                        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                        Runtime.getRuntime().availableProcessors(), WARM_UP_ROUNDS, WARM_UP.toSeconds(),
                        MEASURE.toSeconds()))
                .append("| variant | JVM options | HTTP threads | ")
                .append(LOADS.stream().map(load -> "`" + load.path() + "` (" + load.connections() + " c)")
                        .collect(Collectors.joining(" | ")))
                .append(" | GC pauses: count, total ms, max ms | resident MB |\n")
                .append("|---|---|---|")
                .append(Stream.generate(() -> "---:|").limit(LOADS.size()).collect(Collectors.joining()))
                .append("---:|---:|\n");
        for (Outcome outcome : outcomes) {
            table.append(String.format(Locale.ROOT, "| %s | `%s` | %s | ", outcome.variant().name(),
                    outcome.variant().jvmOptions(), outcome.variant().httpThreads()));
            for (int i = 0; i < LOADS.size(); i++) {
                WrkResult result = outcome.results().get(i);
                table.append(String.format(Locale.ROOT, "%,.0f, p99 %.1f (%.2f×)%s | ", result.requestsPerSecond(),
                        result.p99Millis(),
                        result.requestsPerSecond() / reference.results().get(i).requestsPerSecond(),
                        result.failures() == 0 ? "" : ", " + result.failures() + " failed"));
            }
            table.append(String.format(Locale.ROOT, "%d, %.0f, %.1f | %.0f |%n", outcome.pauses().count(),
                    outcome.pauses().totalMillis(), outcome.pauses().maxMillis(), outcome.residentKib() / 1024.0));
        }
        return table.toString();
    }
}
