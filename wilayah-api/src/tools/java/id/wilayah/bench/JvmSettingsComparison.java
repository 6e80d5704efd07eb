package id.wilayah.bench;

import id.wilayah.launcher.LocalWilayah;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.ServerFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the product's JVM settings against the alternatives they were chosen over: the same server, data and
 * load on each variant in turn (one home, so the dataset is imported once), each variant started fresh, warmed up and
 * then measured with wrk on loopback. The load mixes what the read path does all day (a trivial endpoint, a parent's
 * list, a search, at 32 connections) with what allocates most (the whole 83k-village list at 4 connections); GC
 * pauses come from each variant's own GC log, resident memory from the server process at the end.
 * Prints a Markdown table and writes it to the file given as the argument; the server's files come from the system
 * properties {@code wilayah.entrypoint} and {@code wilayah.app-dir}.
 */
public final class JvmSettingsComparison {
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measure-seconds", 15));
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 2);
    private static final List<String> HEAP = List.of("-Xms768m", "-Xmx768m");
    /** The JVM options docker/entrypoint.sh sets when none are given. */
    private static final List<String> PRODUCT_JVM_OPTIONS = List.of("-Xms768m", "-Xmx768m", "-XX:+UseParallelGC");
    /** The HTTP pool docker/entrypoint.sh configures when none is given. */
    private static final int PRODUCT_MIN_THREADS = 8;
    private static final int PRODUCT_MAX_THREADS = 64;
    private static final List<Load> LOADS = List.of(
            new Load("/api/whoami", 32), new Load("/api/kecamatan?kode_kota=3204", 32),
            new Load("/api/search?q=bandung", 32), new Load("/api/kelurahan", 4));

    private record Load(String path, int connections) {
    }

    private record Variant(String name, List<String> jvmOptions, int minThreads, int maxThreads) {
        static Variant product(String name, int minThreads, int maxThreads) {
            return new Variant(name, PRODUCT_JVM_OPTIONS, minThreads, maxThreads);
        }

        static Variant collector(String name, String option) {
            List<String> options = new ArrayList<>(HEAP);
            options.add(option);
            return new Variant(name, options, PRODUCT_MIN_THREADS, PRODUCT_MAX_THREADS);
        }

        String javaOptions(Path gcLog) {
            return String.join(" ", jvmOptions) + " -Xlog:gc:file=" + gcLog;
        }

        Map<String, String> configuration() {
            Map<String, String> configuration = new HashMap<>(BenchmarkReport.UNLIMITED_KEY_NOTHING_STAGED);
            configuration.put("WILAYAH_HTTP_MIN_THREADS", Integer.toString(minThreads));
            configuration.put("WILAYAH_HTTP_MAX_THREADS", Integer.toString(maxThreads));
            return configuration;
        }

        String httpThreads() {
            return minThreads + "–" + maxThreads;
        }
    }

    private record Outcome(Variant variant, List<WrkResult> results, GcPauses pauses, long residentKib) {
    }

    public static void main(String[] args) throws Exception {
        ServerFiles product = ServerFiles.fromSystemProperties();
        Path report = Path.of(args[0]);
        Path home = product.appDir().resolve("bench-jvm-home");
        List<Variant> variants = List.of(
                Variant.product("product: ParallelGC", PRODUCT_MIN_THREADS, PRODUCT_MAX_THREADS),
                Variant.collector("G1 (the JVM's default collector)", "-XX:+UseG1GC"),
                Variant.collector("SerialGC", "-XX:+UseSerialGC"),
                Variant.product("Payara's default HTTP pool", 2, 200),
                Variant.product("small HTTP pool", 4, 16));
        BenchmarkReport.publish(report, () -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (Variant variant : variants) {
                outcomes.add(measure(product, home, variant));
            }
            return render(outcomes);
        });
    }

    private static Outcome measure(ServerFiles product, Path home, Variant variant) throws Exception {
        System.out.println("== " + variant.name() + ": " + String.join(" ", variant.jvmOptions())
                + ", HTTP threads " + variant.httpThreads());
        Path gcLog = home.resolve("logs/gc-" + variant.name().replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        Files.createDirectories(gcLog.getParent());
        Files.deleteIfExists(gcLog);
        try (LocalWilayah wilayah = LocalWilayah.start(product, home, LoopbackPorts.free(), LoopbackPorts.free(),
                variant.configuration(), variant.javaOptions(gcLog))) {
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
                    String.join(" ", outcome.variant().jvmOptions()), outcome.variant().httpThreads()));
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
