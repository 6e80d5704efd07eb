package id.wilayah.bench;

import id.wilayah.api.tiles.RenderedTiles;
import id.wilayah.bench.jpa.BenchmarkWar;
import id.wilayah.launcher.LocalWilayah;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.ServerFiles;
import id.wilayah.testsupport.TestKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The read-path benchmark of the performance issue: starts a local Wilayah (its own home under target/), then drives
 * each endpoint with wrk after a warm-up and compares it with the floor, a trivial endpoint behind the same API-key
 * filter measured in the same run with the same client and connections, so machine noise cancels out. Single-client
 * targets are measured twice, by wrk and by {@link OneConnectionLatency}.
 * Each lookup and filtered list is also measured answered by a JPA query per request (a comparison surface at /jpa
 * that only the benchmark's copy of the WAR carries; -Dbench.jpa=false runs the product WAR without it), and the full
 * village list is fetched whole to time its first byte and transfer, plain and gzip-encoded. A district lookup in BPS
 * codes is measured with a key that speaks them, translated through the bps-2018 edition the first start stages
 * (the run waits for it). Vector tiles are measured over a pyramid of Bandung, zooms 5 to 14: each tile's first fetch
 * (drawn by that request), the same tiles again from the cache, and 32 connections asking for them in turn;
 * {@code -Dbench.only=tiles} runs the floor and these rows alone. Last, the cost of the request metrics: one lookup measured the same way on two more
 * servers, one of them started with
 * {@code wilayah.metrics.requests-enabled=false}.
 * Prints a Markdown table and writes it to the file given as the argument; the server's files come from the system
 * properties {@code wilayah.entrypoint} and {@code wilayah.app-dir}.
 */
public final class ReadPathBenchmark {
    private static final int CONNECTIONS = 32;
    private static final Duration FLOOR_WARM_UP = Duration.ofSeconds(Long.getLong("bench.floor-warmup-seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measure-seconds", 15));
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 2);
    private static final boolean JPA = Boolean.parseBoolean(System.getProperty("bench.jpa", "true"));
    private static final List<String> LOOKUPS_AND_FILTERS = List.of("/api/kota/3204", "/api/kecamatan?kode_kota=3204",
            "/nusantara/kecamatan?name=pong", "/nusantara/kelurahan?name=badak");
    private static final String METRICS_PROBE = "/api/kota/3204";
    /** A server started for one lookup gets as much traffic before it is measured as the main run's endpoints. */
    private static final int METRICS_WARM_UP_ROUNDS = Integer.getInteger("bench.metrics-warmup-rounds", 12);
    /** A dropped pin in Bandung, a village boundary, and a simplified regency boundary (CONTRACT §5). */
    private static final String PIN = "/api/reverse?lat=-6.9147&lng=107.6098";
    private static final String VILLAGE_BOUNDARY = "/api/kelurahan/3273011001/boundary";
    private static final String KOTA_BOUNDARY = "/api/kota/3204/boundary?simplify=100";
    private static final Duration GEOGRAPHY_TIMEOUT = Duration.ofMinutes(5);
    /** CONTRACT §4's seed example: KERTASARI by its BPS code, answered from kemendagri-2025 in BPS codes. */
    private static final String BPS_LOOKUP = "/api/kecamatan/3204050";
    /** A typical shipping label (CONTRACT §6, issue 23 item 4): street, village, district, regency, province, postal. */
    private static final String LABEL = "/api/resolve?q=Jl.%20Raya%20Kertasari%20No.%2012%2C%20Desa%20Neglawangi%2C%20"
            + "Kec.%20Kertasari%2C%20Kab.%20Bandung%2C%20Jawa%20Barat%2040386";
    private static final Duration BPS_TIMEOUT = Duration.ofMinutes(10);
    /** {@code -Dbench.only=tiles} or {@code resolve}: the floor and that feature's rows alone. */
    private static final String ONLY = System.getProperty("bench.only", "all");
    private static final boolean TILES_ONLY = "tiles".equals(ONLY);
    private static final boolean RESOLVE_ONLY = "resolve".equals(ONLY);
    /** Bandung and its surroundings (CONTRACT §5 tiles, issue 24): the tiles a map of the city asks for. */
    private static final List<String> BANDUNG_TILES = pyramid(107.45, -7.05, 107.8, -6.8);
    /** Makassar, whose tiles share none with Bandung's from zoom 5 on: drawn first so the drawing code is compiled. */
    private static final List<String> MAKASSAR_TILES = pyramid(119.35, -5.25, 119.6, -5.05);
    private static final int WARM_TILE_PASSES = 5;

    private final String base;
    private final String apiKey;
    private final Wrk wrk;
    private final String bpsKey;
    private final Wrk bpsWrk;
    private final FullListProbe fullList;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> streamingRows = new ArrayList<>();
    private BulkResolveProbe.Result bulk;
    private String tileCache = "";
    private final String loadAtStart = loadAverage();

    private ReadPathBenchmark(String base, String apiKey, String bpsKey) {
        this.base = base;
        this.apiKey = apiKey;
        this.wrk = new Wrk(apiKey);
        this.bpsKey = bpsKey;
        this.bpsWrk = bpsKey == null ? null : new Wrk(bpsKey);
        this.fullList = new FullListProbe(apiKey);
    }

    public static void main(String[] args) throws Exception {
        ServerFiles product = ServerFiles.fromSystemProperties();
        ServerFiles files = JPA && !TILES_ONLY ? BenchmarkWar.withJpaPerRequest(product) : product;
        Path report = Path.of(args[0]);
        Path home = product.appDir().resolve("bench-home");
        BenchmarkReport.publish(report, () -> {
            String table;
            try (LocalWilayah wilayah = LocalWilayah.start(files, home, LoopbackPorts.free(), LoopbackPorts.free(),
                    BenchmarkReport.UNLIMITED_KEY)) {
                wilayah.awaitReady();
                table = TILES_ONLY ? new ReadPathBenchmark(wilayah.baseUrl(), apiKey(wilayah), null).runTiles()
                        : new ReadPathBenchmark(wilayah.baseUrl(), apiKey(wilayah),
                        TestKeys.bpsKey(wilayah.database().jdbcUrl("wilayah"))).runAll();
            }
            if (TILES_ONLY || RESOLVE_ONLY) {
                return table;
            }
            Map<String, String> metricsOff = new HashMap<>(BenchmarkReport.UNLIMITED_KEY);
            metricsOff.put("WILAYAH_METRICS_REQUESTS_ENABLED", "false");
            WrkResult withMetrics = metricsProbe(product, home, BenchmarkReport.UNLIMITED_KEY);
            WrkResult withoutMetrics = metricsProbe(product, home, metricsOff);
            return table + renderMetricsCost(withMetrics, withoutMetrics);
        });
    }

    private static String apiKey(LocalWilayah wilayah) {
        return wilayah.firstStartCredentials().getProperty("api.key");
    }

    /**
     * The lookup on a server started for this probe alone, with or without request metrics: both servers start the
     * same way and get the same warm-up, so only the metrics differ.
     */
    private static WrkResult metricsProbe(ServerFiles files, Path home, Map<String, String> configuration)
            throws Exception {
        try (LocalWilayah wilayah = LocalWilayah.start(files, home, LoopbackPorts.free(), LoopbackPorts.free(),
                configuration)) {
            wilayah.awaitReady();
            ReadPathBenchmark benchmark = new ReadPathBenchmark(wilayah.baseUrl(), apiKey(wilayah), null);
            for (int round = 0; round < METRICS_WARM_UP_ROUNDS; round++) {
                benchmark.wrk.run(benchmark.base + METRICS_PROBE, CONNECTIONS, WARM_UP);
            }
            return benchmark.measure(METRICS_PROBE, CONNECTIONS);
        }
    }

    private static String renderMetricsCost(WrkResult with, WrkResult without) {
        double ratio = with.requestsPerSecond() / without.requestsPerSecond();
        return String.format(Locale.ROOT, "%nRequest metrics (`%s`, %d connections, on two servers started for"
                        + " it, each driven %d × %d s before it is measured):"
                        + "%n%n| server | req/s | p50 ms | p99 ms | failed |%n|---|---:|---:|---:|---:|%n"
                        + "| request metrics on (the default) | %,.0f | %.2f | %.2f | %d |%n"
                        + "| `wilayah.metrics.requests-enabled=false` | %,.0f | %.2f | %.2f | %d |%n"
                        + "%nWith metrics ÷ without: %.2f (target ≥ 0.9): %s%n", METRICS_PROBE, CONNECTIONS,
                METRICS_WARM_UP_ROUNDS, WARM_UP.toSeconds(),
                with.requestsPerSecond(), with.p50Millis(), with.p99Millis(), with.failures(),
                without.requestsPerSecond(), without.p50Millis(), without.p99Millis(), without.failures(), ratio,
                ratio >= 0.9 && with.failures() == 0 ? "pass" : "FAIL");
    }

    /**
     * The floor is measured before and after the endpoints and the faster of the two is the reference: the JIT keeps
     * compiling the shared request path while the first rows run, and a floor taken too early would flatter them.
     */
    private String runAll() throws IOException, InterruptedException {
        if (RESOLVE_ONLY) {
            return runResolveRows();
        }
        awaitGeography();
        awaitBpsCodes();
        warmUpEverything();
        wrk.run(base + "/api/whoami", CONNECTIONS, FLOOR_WARM_UP);
        WrkResult floorBefore = wrk.run(base + "/api/whoami", CONNECTIONS, MEASURE);
        for (String path : LOOKUPS_AND_FILTERS) {
            WrkResult result = measure(path, CONNECTIONS);
            row("`" + path + "`", result, "≥ 0.8× floor req/s, p99 ≤ 1.5× floor p99",
                    floor -> result.requestsPerSecond() >= 0.8 * floor.requestsPerSecond()
                            && result.p99Millis() <= 1.5 * floor.p99Millis());
            if (JPA) {
                WrkResult jpa = measure("/jpa" + path, CONNECTIONS);
                comparisonRow("same via JPA per request: `/jpa" + path + "`", jpa, "row above ≥ 10× these req/s",
                        result.requestsPerSecond() >= 10 * jpa.requestsPerSecond());
            }
        }
        bpsWrk.run(base + BPS_LOOKUP, CONNECTIONS, WARM_UP);
        WrkResult bps = bpsWrk.run(base + BPS_LOOKUP, CONNECTIONS, MEASURE);
        row("`" + BPS_LOOKUP + "` with a key speaking BPS codes", bps, "≥ 0.8× floor req/s",
                floor -> bps.requestsPerSecond() >= 0.8 * floor.requestsPerSecond());
        WrkResult search = measure("/api/search?q=bandung", CONNECTIONS);
        row("`/api/search?q=bandung`", search, "≥ 0.5× floor req/s",
                floor -> search.requestsPerSecond() >= 0.5 * floor.requestsPerSecond());
        singleClientRows("`/api/search?q=bandung`", "/api/search?q=bandung", "p99 < 5 ms", 5);
        singleClientRows("`/api/search?q=bandug&fuzzy=true`", "/api/search?q=bandug&fuzzy=true", "p99 < 15 ms", 15);
        WrkResult reverse = measure(PIN, CONNECTIONS);
        row("`" + PIN + "`", reverse, "≥ 0.5× floor req/s",
                floor -> reverse.requestsPerSecond() >= 0.5 * floor.requestsPerSecond());
        resolveRows();
        singleClientRows("`/api/whoami`, the floor", "/api/whoami", "what one client gets at best", Double.MAX_VALUE);
        singleClientRows("`" + PIN + "`", PIN, "p99 < 2 ms", 2);
        singleClientRows("`" + VILLAGE_BOUNDARY + "`", VILLAGE_BOUNDARY, "p99 < 5 ms", 5);
        singleClientRows("`" + KOTA_BOUNDARY + "`", KOTA_BOUNDARY, "p99 < 10 ms", 10);
        tileRows();
        WrkResult floorAfter = wrk.run(base + "/api/whoami", CONNECTIONS, MEASURE);
        streamingRow(false);
        streamingRow(true);
        ReadModelFootprint.Footprint footprint = ReadModelFootprint.measure("kemendagri-2025");
        return render(floorBefore, floorAfter) + renderBulk() + tileCache + renderStreaming() + String.format(Locale.ROOT,
                "%nRead-model heap for the national dataset: %.1f MB for the 92k regions with their indexes, plus"
                        + " %.1f MB once the JSON of every kept list (%,d lists) has been requested: %.1f MB"
                        + " (target < 100 MB): %s%n", footprint.snapshotBytes() / 1e6, footprint.keptListBytes() / 1e6,
                footprint.keptLists(), footprint.totalBytes() / 1e6,
                footprint.totalBytes() < 100_000_000 ? "pass" : "FAIL");
    }

    /** The first bulk call comes before any other resolution, so it includes building the resolver. */
    private String runResolveRows() throws IOException, InterruptedException {
        bulk = new BulkResolveProbe(base, apiKey).measure();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            wrk.run(base + "/api/whoami", CONNECTIONS, WARM_UP);
            wrk.run(base + LABEL, CONNECTIONS, WARM_UP);
        }
        wrk.run(base + "/api/whoami", CONNECTIONS, FLOOR_WARM_UP);
        WrkResult floorBefore = wrk.run(base + "/api/whoami", CONNECTIONS, MEASURE);
        resolveRows();
        singleClientRows("`/api/whoami`, the floor", "/api/whoami", "what one client gets at best", Double.MAX_VALUE);
        WrkResult floorAfter = wrk.run(base + "/api/whoami", CONNECTIONS, MEASURE);
        return render(floorBefore, floorAfter) + renderBulk();
    }

    private void resolveRows() throws IOException, InterruptedException {
        WrkResult resolve = measure(LABEL, CONNECTIONS);
        row("`GET /api/resolve` (a shipping label)", resolve, "≥ 0.3× floor req/s",
                floor -> resolve.requestsPerSecond() >= 0.3 * floor.requestsPerSecond());
        singleClientRows("`GET /api/resolve` (a shipping label)", LABEL, "p99 < 5 ms", 5);
        if (bulk == null) {
            bulk = new BulkResolveProbe(base, apiKey).measure();
        }
    }

    private String renderBulk() {
        return String.format(Locale.ROOT, "%n`POST /api/resolve` with %,d addresses (JSON, limit 1), one client, to the"
                        + " last byte: first call %.0f ms, median of 5 warm calls %.0f ms (target < 3 s): %s%n",
                bulk.answered(), bulk.firstMillis(), bulk.warmMedianMillis(),
                bulk.warmMedianMillis() < 3000 ? "pass" : "FAIL");
    }

    /** The floor and the tile rows alone ({@code -Dbench.only=tiles}). */
    private String runTiles() throws IOException, InterruptedException {
        awaitGeography();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            wrk.run(base + "/api/whoami", CONNECTIONS, WARM_UP);
            wrk.run(base + PIN, CONNECTIONS, WARM_UP);
        }
        wrk.run(base + "/api/whoami", CONNECTIONS, FLOOR_WARM_UP);
        WrkResult floorBefore = wrk.run(base + "/api/whoami", CONNECTIONS, MEASURE);
        WrkResult oneClientFloor = OneConnectionLatency.measure(base + "/api/whoami", apiKey, MEASURE);
        row("`/api/whoami`, the floor (1 client, one connection)", oneClientFloor, "what one client gets at best",
                floor -> true);
        tileRows();
        WrkResult floorAfter = wrk.run(base + "/api/whoami", CONNECTIONS, MEASURE);
        return render(floorBefore, floorAfter) + tileCache;
    }

    /**
     * Bandung's tiles fetched once each by one client, none of them asked for before (Makassar's drawn first, so the
     * drawing code is compiled and the first fetches measure drawing rather than the JIT), then again from the cache,
     * then by 32 connections in turn. The bytes they hold in the cache are stated against its bound.
     */
    private void tileRows() throws IOException, InterruptedException {
        OneConnectionLatency.measureEach(base, MAKASSAR_TILES, apiKey);
        OneConnectionLatency.measureEach(base, MAKASSAR_TILES, apiKey);
        OneConnectionLatency.Fetches first = OneConnectionLatency.measureEach(base, BANDUNG_TILES, apiKey);
        String pyramid = "vector tiles over Bandung, z5–z14 (" + BANDUNG_TILES.size() + " tiles)";
        row(pyramid + ", first fetch, drawn (1 client, one connection)", first.latency(), "p99 < 30 ms",
                floor -> first.latency().p99Millis() < 30);
        List<String> again = new ArrayList<>();
        for (int pass = 0; pass < WARM_TILE_PASSES; pass++) {
            again.addAll(BANDUNG_TILES);
        }
        OneConnectionLatency.measureEach(base, again, apiKey);
        WrkResult warm = OneConnectionLatency.measureEach(base, again, apiKey).latency();
        row(pyramid + ", cached, " + WARM_TILE_PASSES + " passes (1 client, one connection)", warm, "p99 < 3 ms",
                floor -> warm.p99Millis() < 3);
        wrk.runRotating(base, BANDUNG_TILES, CONNECTIONS, WARM_UP);
        WrkResult many = wrk.runRotating(base, BANDUNG_TILES, CONNECTIONS, MEASURE);
        row(pyramid + ", cached, each connection asking for them in turn", many, "≥ 0.3× floor req/s",
                floor -> many.requestsPerSecond() >= 0.3 * floor.requestsPerSecond());
        long held = first.bodyBytes() + (long) BANDUNG_TILES.size() * RenderedTiles.ENTRY_BYTES;
        double perTile = held / (double) BANDUNG_TILES.size();
        tileCache = String.format(Locale.ROOT, "%nTile cache heap: the %d Bandung tiles are %,d bytes of tiles,"
                        + " %.2f MB counted against the cache's bound with the %d-byte allowance per entry (%.1f kB a"
                        + " tile). The bound is `%s` (default 64 MB, env WILAYAH_TILES_CACHE_MB), least recently used"
                        + " out first: at this average about %,d tiles.%n", BANDUNG_TILES.size(), first.bodyBytes(),
                held / 1e6, RenderedTiles.ENTRY_BYTES, perTile / 1e3, RenderedTiles.CAPACITY_KEY,
                (long) (64L * (1 << 20) / perTile));
    }

    /** The machine's load average as the kernel reports it, to tell a run on a busy machine from one on a quiet one. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Every tile of zooms 5 to 14 that covers the box, in the XYZ scheme. */
    private static List<String> pyramid(double west, double south, double east, double north) {
        List<String> paths = new ArrayList<>();
        for (int z = 5; z <= 14; z++) {
            for (int y = tileY(north, z); y <= tileY(south, z); y++) {
                for (int x = tileX(west, z); x <= tileX(east, z); x++) {
                    paths.add("/api/tiles/" + z + "/" + x + "/" + y + ".mvt");
                }
            }
        }
        return List.copyOf(paths);
    }

    private static int tileX(double lng, int z) {
        return (int) Math.floor((lng + 180) / 360 * (1 << z));
    }

    private static int tileY(double lat, int z) {
        double rad = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * (1 << z));
    }

    /**
     * With C2 on 2 cores the compiler threads share the cores with the requests, and the request path shared by every
     * endpoint (Grizzly, Jersey, the filters) takes minutes of traffic to compile, so every endpoint is driven for a
     * few rounds before anything is measured (the floor measured without enough warm-up:
     * wilayah-api/benchmarks/README.md#read-path).
     */
    private void warmUpEverything() throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>(List.of("/api/whoami", "/api/search?q=bandung",
                "/api/search?q=bandug&fuzzy=true", PIN, VILLAGE_BOUNDARY, KOTA_BOUNDARY, LABEL));
        paths.addAll(LOOKUPS_AND_FILTERS);
        if (JPA) {
            LOOKUPS_AND_FILTERS.forEach(path -> paths.add("/jpa" + path));
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String path : paths) {
                wrk.run(base + path, CONNECTIONS, WARM_UP);
            }
            bpsWrk.run(base + BPS_LOOKUP, CONNECTIONS, WARM_UP);
        }
    }

    /** The first start stages bps-2018 after the boundaries; BPS codes are answered once it is imported. */
    private void awaitBpsCodes() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest lookup = HttpRequest.newBuilder(URI.create(base + BPS_LOOKUP)).header("X-API-Key", bpsKey).build();
        Instant deadline = Instant.now().plus(BPS_TIMEOUT);
        int status;
        while ((status = client.send(lookup, HttpResponse.BodyHandlers.discarding()).statusCode()) != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(BPS_LOOKUP + " in BPS codes still answers " + status + " after "
                        + BPS_TIMEOUT + " (is bps-2018 staged?)");
            }
            Thread.sleep(1000);
        }
    }

    /** The first start stores the bundled boundaries after the regions are served; geography rows need them. */
    private void awaitGeography() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest pin = HttpRequest.newBuilder(URI.create(base + PIN)).header("X-API-Key", apiKey).build();
        Instant deadline = Instant.now().plus(GEOGRAPHY_TIMEOUT);
        while (client.send(pin, HttpResponse.BodyHandlers.discarding()).statusCode() == 503) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("geography not served after " + GEOGRAPHY_TIMEOUT);
            }
            Thread.sleep(1000);
        }
    }

    /**
     * One client measured twice: by wrk, whose own thread shares the two cores with the server and whose stalls count
     * as latency, and by {@link OneConnectionLatency}, a blocking client on one kept-alive connection.
     */
    private void singleClientRows(String endpoint, String path, String target, double p99TargetMillis)
            throws IOException, InterruptedException {
        WrkResult byWrk = measure(path, 1);
        row(endpoint + " (1 client, wrk)", byWrk, target, floor -> byWrk.p99Millis() < p99TargetMillis);
        WrkResult byOneConnection = OneConnectionLatency.measure(base + path, apiKey, MEASURE);
        row(endpoint + " (1 client, one connection)", byOneConnection, target,
                floor -> byOneConnection.p99Millis() < p99TargetMillis);
    }

    private WrkResult measure(String path, int connections) throws IOException, InterruptedException {
        wrk.run(base + path, connections, WARM_UP);
        return wrk.run(base + path, connections, MEASURE);
    }

    private void row(String endpoint, WrkResult result, String target, Predicate<WrkResult> passesAgainstFloor) {
        rows.add(new Row(endpoint, result, target,
                floor -> passesAgainstFloor.test(floor) && result.failures() == 0));
    }

    /** A row judged by the product row above it; its own failures (JPA timeouts) only lower its req/s further. */
    private void comparisonRow(String endpoint, WrkResult result, String target, boolean productRowPasses) {
        rows.add(new Row(endpoint, result, target, floor -> productRowPasses));
    }

    private static String line(String endpoint, WrkResult result, WrkResult floor, String target, boolean pass) {
        return String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %.2f | %.2f | %d | %s | %s |%n",
                endpoint, result.requestsPerSecond(), result.p50Millis(), result.p99Millis(),
                result.requestsPerSecond() / floor.requestsPerSecond(), result.p99Millis() / floor.p99Millis(),
                result.failures(), target, pass ? "pass" : "FAIL");
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

    private String render(WrkResult floorBefore, WrkResult floorAfter) {
        WrkResult floor = floorAfter.requestsPerSecond() > floorBefore.requestsPerSecond() ? floorAfter : floorBefore;
        StringBuilder table = new StringBuilder()
                .append(TILES_ONLY ? "# Read-path benchmark: the vector tile rows (-Dbench.only=tiles)\n\n"
                        : RESOLVE_ONLY ? "# Read-path benchmark: the address-resolution rows (-Dbench.only=resolve)\n\n"
                        : "# Read-path benchmark\n\n")
                .append(String.format(Locale.ROOT, "Load average before the warm-up: %s; at the end: %s"
                        + " (1, 5 and 15 minutes; this run's own load included).%n%n", loadAtStart, loadAverage()))
                .append(String.format("Run %s on %d cores; wrk, %d connections unless noted; every endpoint driven"
                                + " %d times for %d s before anything is measured, then per row %d s warm-up (floor %d s) and"
                                + " %d s measured; all on 127.0.0.1. The floor is measured before and after the"
                                + " endpoints; ratios are to the faster of the two.%n%n",
                        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                        Runtime.getRuntime().availableProcessors(), CONNECTIONS, WARM_UP_ROUNDS,
                        WARM_UP.toSeconds(), WARM_UP.toSeconds(), FLOOR_WARM_UP.toSeconds(), MEASURE.toSeconds()))
                .append("| endpoint | req/s | p50 ms | p99 ms | req/s ÷ floor | p99 ÷ floor | failed | target | result |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|---|\n")
                .append(line("floor before: `/api/whoami` (trivial, same key filter)", floorBefore, floor,
                        floor == floorBefore ? "reference" : "-", floorBefore.failures() == 0))
                .append(line("floor after: `/api/whoami`", floorAfter, floor,
                        floor == floorAfter ? "reference" : "-", floorAfter.failures() == 0));
        rows.forEach(row -> table.append(line(row.endpoint(), row.result(), floor, row.target(),
                row.passesAgainstFloor().test(floor))));
        return table.toString();
    }

    private record Row(String endpoint, WrkResult result, String target, Predicate<WrkResult> passesAgainstFloor) {
    }
}
