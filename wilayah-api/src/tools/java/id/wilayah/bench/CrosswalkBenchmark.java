package id.wilayah.bench;

import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.launcher.LocalWilayah;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.ServerFiles;
import id.wilayah.testsupport.TestKeys;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bulk crosswalk benchmark of issue 14: starts a local Wilayah (kemendagri-2025 active), imports bps-2018 as a dry
 * run (retained, not active), then sends every BPS code of bps-2018 (topped up with villages to 100,000 codes) to
 * {@code POST /api/crosswalk?from=bps-2018} as a JSON array and as CSV, several rounds each, timing each call from
 * sending the request to the last byte of the answer. Target: the median call under 2 s. Writes a Markdown table,
 * with the machine's load average when measuring (other work on the same cores shows up in the slowest calls), to the
 * argument.
 */
public final class CrosswalkBenchmark {
    private static final int CODES = 100_000;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 7;
    private static final double TARGET_SECONDS = 2.0;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String apiKey;

    private CrosswalkBenchmark(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    public static void main(String[] args) throws Exception {
        ServerFiles files = ServerFiles.fromSystemProperties();
        Path home = files.appDir().resolve("bench-crosswalk-home");
        BenchmarkReport.publish(Path.of(args[0]), () -> {
            try (LocalWilayah wilayah = LocalWilayah.start(files, home, LoopbackPorts.free(), LoopbackPorts.free(),
                    BenchmarkReport.UNLIMITED_KEY_NOTHING_STAGED)) {
                awaitHealth(wilayah.baseUrl());
                wilayah.awaitReady();
                String admin = TestKeys.adminKey(wilayah.database().jdbcUrl("wilayah"));
                CrosswalkBenchmark benchmark = new CrosswalkBenchmark(wilayah.baseUrl(),
                        wilayah.firstStartCredentials().getProperty("api.key"));
                benchmark.importBps(admin);
                return benchmark.run();
            }
        });
    }

    /** The first start imports kemendagri-2025, which on a busy machine takes longer than the launcher waits. */
    private static void awaitHealth(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // Payara is still booting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Not ready within 30 minutes: " + base);
    }

    private void importBps(String adminKey) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/imports"))
                .header("X-API-Key", adminKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dataset\":\"bps-2018\",\"dryRun\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("Import of bps-2018 answered " + started.statusCode() + ": "
                    + started.body());
        }
        String run = started.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 600; i++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(run)).header("X-API-Key", adminKey).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains("\"RUNNING\"")) {
                System.out.println("bps-2018 imported: " + body.substring(0, Math.min(200, body.length())));
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("bps-2018 still importing after 5 minutes");
    }

    private String run() throws Exception {
        List<String> codes = bpsCodes();
        String json = "[\"" + String.join("\",\"", codes) + "\"]";
        String csv = String.join("\n", codes) + "\n";
        long first = call("application/json", "application/json", json);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            call("application/json", "application/json", json);
            call("text/csv", "text/csv", csv);
        }
        List<Long> jsonMillis = new ArrayList<>();
        List<Long> csvMillis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            jsonMillis.add(call("application/json", "application/json", json));
            csvMillis.add(call("text/csv", "text/csv", csv));
        }
        String load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        StringBuilder md = new StringBuilder("| request | codes | body | median | slowest | target (median) | met |\n"
                + "|---|---:|---:|---:|---:|---|---|\n");
        row(md, "JSON in, JSON out", codes.size(), json.length(), jsonMillis);
        row(md, "CSV in, CSV out (`Accept: text/csv`)", codes.size(), csv.length(), csvMillis);
        md.append(String.format(Locale.ROOT, "%nFirst call after the import (may include computing the crosswalk if "
                + "the background run had not finished): %d ms. %d warm-up rounds of each, then %d measured.%n",
                first, WARM_UP_ROUNDS, ROUNDS));
        md.append("Load average (1, 5, 15 min) when the measured rounds ended: ").append(load)
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String what, int codes, int bodyBytes, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        long slowest = sorted.get(sorted.size() - 1);
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,d B | %d ms | %d ms | < %.0f s | %s |%n", what, codes,
                bodyBytes, median, slowest, TARGET_SECONDS, median < TARGET_SECONDS * 1000 ? "yes" : "**no**"));
    }

    private long call(String contentType, String accept, String body) throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/crosswalk?from=bps-2018")).timeout(Duration.ofMinutes(2))
                .header("X-API-Key", apiKey).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /api/crosswalk answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return millis;
    }

    /** Every code of bps-2018, all levels, then villages again until there are {@value #CODES}. */
    private static List<String> bpsCodes() throws Exception {
        List<String> codes = new ArrayList<>(CODES);
        List<String> villages = new ArrayList<>();
        for (RegionFile file : RegionFile.values()) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    BundledDataset.BPS_2018.open(file), StandardCharsets.UTF_8))) {
                lines.readLine();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String code = line.substring(0, line.indexOf(','));
                    codes.add(code);
                    if (file == RegionFile.VILLAGES) {
                        villages.add(code);
                    }
                }
            }
        }
        for (int i = 0; codes.size() < CODES; i++) {
            codes.add(villages.get(i));
        }
        return codes.subList(0, CODES);
    }
}
