package id.wilayah.bench;

import id.wilayah.bench.jpa.BenchmarkWar;
import id.wilayah.launcher.LocalWilayah;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read-path benchmark of the performance issue: starts a local Wilayah (its own home under target/), then drives
 * each endpoint with wrk after a warm-up and compares it with the floor, a trivial endpoint behind the same API-key
 * filter measured in the same run with the same client and connections, so machine noise cancels out.
 * Each lookup and filtered list is also measured answered by a JPA query per request (a comparison surface at /jpa
 * that only the benchmark's copy of the WAR carries; -Dbench.jpa=false runs the product WAR without it), and the full
 * village list is fetched whole to time its first byte and transfer, plain and gzip-encoded.
 * Prints a Markdown table and writes it to the file given as the fourth argument.
 * Arguments: the WAR, the Payara Micro jar, the pre-boot command file, the report file.
 */
public final class ReadPathBenchmark {
    private static final int CONNECTIONS = 32;
    private static final Duration FLOOR_WARM_UP = Duration.ofSeconds(Long.getLong("bench.floor-warmup-seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measure-seconds", 15));
    private static final boolean JPA = Boolean.parseBoolean(System.getProperty("bench.jpa", "true"));

    private final String base;
    private final Wrk wrk;
    private final FullListProbe fullList;
    private final List<String> rows = new ArrayList<>();
    private final List<String> streamingRows = new ArrayList<>();
    private WrkResult floor;

    private ReadPathBenchmark(String base, String apiKey) {
        this.base = base;
        this.wrk = new Wrk(apiKey);
        this.fullList = new FullListProbe(apiKey);
    }

    public static void main(String[] args) throws Exception {
        LocalWilayah.ServerFiles product = LocalWilayah.ServerFiles.fromArgs(args);
        LocalWilayah.ServerFiles files = JPA ? new LocalWilayah.ServerFiles(
                BenchmarkWar.withJpaPerRequest(product.war()), product.microJar(), product.preboot()) : product;
        Path report = Path.of(args[3]);
        Path home = files.war().toAbsolutePath().getParent().resolve("bench-home");
        // The load comes from one key at tens of thousands of requests a minute: lift the per-key rate limit.
        Map<String, String> unlimited = Map.of("WILAYAH_KEYS_RATE_LIMIT_PER_MINUTE", "1000000000");
        try (LocalWilayah wilayah = LocalWilayah.start(files, home, freePort(), freePort(), unlimited)) {
            wilayah.awaitReady();
            String apiKey = wilayah.firstStartCredentials().getProperty("api.key");
            ReadPathBenchmark benchmark = new ReadPathBenchmark(wilayah.baseUrl(), apiKey);
            String table = benchmark.runAll();
            System.out.println(table);
            Files.writeString(report, table);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private String runAll() throws IOException, InterruptedException {
        wrk.run(base + "/api/whoami", CONNECTIONS, FLOOR_WARM_UP);
        floor = wrk.run(base + "/api/whoami", CONNECTIONS, MEASURE);
        row("floor: `/api/whoami` (trivial, same key filter)", floor, "reference", true);
        for (String path : List.of("/api/kota/3204", "/api/kecamatan?kode_kota=3204",
                "/nusantara/kecamatan?name=pong", "/nusantara/kelurahan?name=badak")) {
            WrkResult result = measure(path, CONNECTIONS);
            row("`" + path + "`", result, "≥ 0.8× floor req/s, p99 ≤ 1.5× floor p99",
                    result.requestsPerSecond() >= 0.8 * floor.requestsPerSecond()
                            && result.p99Millis() <= 1.5 * floor.p99Millis());
            if (JPA) {
                WrkResult jpa = measure("/jpa" + path, CONNECTIONS);
                row("same via JPA per request: `/jpa" + path + "`", jpa, "row above ≥ 10× these req/s",
                        result.requestsPerSecond() >= 10 * jpa.requestsPerSecond());
            }
        }
        WrkResult search = measure("/api/search?q=bandung", CONNECTIONS);
        row("`/api/search?q=bandung`", search, "≥ 0.5× floor req/s",
                search.requestsPerSecond() >= 0.5 * floor.requestsPerSecond());
        WrkResult single = measure("/api/search?q=bandung", 1);
        row("`/api/search?q=bandung` (1 client)", single, "p99 < 5 ms", single.p99Millis() < 5);
        WrkResult fuzzy = measure("/api/search?q=bandug&fuzzy=true", 1);
        row("`/api/search?q=bandug&fuzzy=true` (1 client)", fuzzy, "p99 < 15 ms", fuzzy.p99Millis() < 15);
        streamingRow(false);
        streamingRow(true);
        long footprint = ReadModelFootprint.bytes("kemendagri-2025");
        return render() + renderStreaming() + String.format(Locale.ROOT, "%nRead-model heap for the national dataset (92k regions with"
                + " their indexes): %.1f MB (target < 100 MB): %s%n", footprint / 1e6,
                footprint < 100_000_000 ? "pass" : "FAIL");
    }

    private WrkResult measure(String path, int connections) throws IOException, InterruptedException {
        wrk.run(base + path, connections, WARM_UP);
        return wrk.run(base + path, connections, MEASURE);
    }

    private void row(String endpoint, WrkResult result, String target, boolean pass) {
        boolean clean = result.failures() == 0;
        rows.add(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %.2f | %.2f | %d | %s | %s |",
                endpoint, result.requestsPerSecond(), result.p50Millis(), result.p99Millis(),
                result.requestsPerSecond() / floor.requestsPerSecond(), result.p99Millis() / floor.p99Millis(),
                result.failures(), target, pass && clean ? "pass" : "FAIL"));
    }

    private void streamingRow(boolean gzip) throws IOException, InterruptedException {
        FullListProbe.Result result = fullList.measure(base + "/api/kelurahan", gzip);
        boolean pass = result.firstByteMillis() < 100 && result.streamed() && result.gzip() == gzip;
        streamingRows.add(String.format(Locale.ROOT, "| `/api/kelurahan` (all villages)%s | %.1f | %.0f | %,d | %s | %s |"
                        + " first byte < 100 ms, streamed%s | %s |",
                gzip ? ", Accept-Encoding: gzip" : "", result.firstByteMillis(), result.totalMillis(), result.bytes(),
                result.streamed() ? "chunked" : "Content-Length", result.gzip() ? "gzip" : "identity",
                gzip ? ", gzip" : "", pass ? "pass" : "FAIL"));
    }

    private String renderStreaming() {
        StringBuilder table = new StringBuilder()
                .append("\nFull list, one client, median of 15 fetches after 5 unmeasured:\n\n")
                .append("| request | first byte ms | total ms | bytes | transfer | encoding | target | result |\n")
                .append("|---|---:|---:|---:|---|---|---|---|\n");
        streamingRows.forEach(row -> table.append(row).append('\n'));
        return table.toString();
    }

    private String render() {
        StringBuilder table = new StringBuilder()
                .append("# Read-path benchmark\n\n")
                .append(String.format("Run %s on %d cores; wrk, %d connections unless noted, %d s warm-up (floor %d s),"
                                + " %d s measured per row; all on 127.0.0.1.%n%n",
                        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                        Runtime.getRuntime().availableProcessors(), CONNECTIONS, WARM_UP.toSeconds(),
                        FLOOR_WARM_UP.toSeconds(), MEASURE.toSeconds()))
                .append("| endpoint | req/s | p50 ms | p99 ms | req/s ÷ floor | p99 ÷ floor | failed | target | result |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        rows.forEach(row -> table.append(row).append('\n'));
        return table.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
