package id.wilayah.differential;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the differential comparison: reads the catalogue from our server, generates the requests from the seed,
 * sends each to the peer and to us with a small bounded concurrency, writes the Markdown report to the file named by
 * the only argument and exits 1 when any request differs. Settings are system properties (see the differential
 * profile of the root pom.xml): {@code diff.peer}, {@code diff.ours}, {@code diff.key}, {@code diff.requests},
 * {@code diff.seed}, {@code diff.concurrency}, {@code diff.order}, and {@code diff.peer-key}, a key for a peer that
 * wants one: the real peer has no keys, but a run of ours against ours, which checks the tool itself, needs it.
 */
public final class DifferentialRun {
    private static final String CREDENTIALS = "first-start-credentials.properties";

    private DifferentialRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DifferentialRun REPORT.md (settings as -Ddiff.* properties)");
        }
        Path report = Path.of(args[0]);
        String peerKey = setting("diff.peer-key", "");
        Server peer = new Server(setting("diff.peer", "http://127.0.0.1:1945"), peerKey.isEmpty() ? null : peerKey);
        Server ours = new Server(setting("diff.ours", "http://127.0.0.1:8080/nusantara"), apiKey());
        int requests = Integer.parseInt(setting("diff.requests", "3000"));
        long seed = Long.parseLong(setting("diff.seed", "1"));
        int concurrency = Integer.parseInt(setting("diff.concurrency", "4"));
        AnswerComparison.Order order = AnswerComparison.Order.valueOf(
                setting("diff.order", "set").toUpperCase(Locale.ROOT));

        Instant started = Instant.now();
        System.out.println("Reading every region from " + ours.base() + " for the catalogue");
        List<Probe> probes = new RequestGenerator(Catalogue.load(ours), seed).generate(requests);
        System.out.println("Sending " + probes.size() + " requests (seed " + seed + ") to " + peer.base() + " and "
                + ours.base() + ", " + concurrency + " at a time");
        List<Outcome> outcomes = run(probes, peer, ours, new AnswerComparison(order), concurrency);
        double seconds = started.until(Instant.now(), ChronoUnit.MILLIS) / 1000.0;

        MarkdownReport.Run run = new MarkdownReport.Run(peer.base(), ours.base(), seed, order,
                started.truncatedTo(ChronoUnit.SECONDS).toString(), seconds);
        Path parent = report.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(report, MarkdownReport.of(run, outcomes), StandardCharsets.UTF_8);
        long differing = outcomes.stream().filter(Outcome::differs).count();
        if (peer.throttled() + ours.throttled() > 0) {
            System.out.println("Waited out 429 (the key's rate limit) " + ours.throttled() + " times on ours and "
                    + peer.throttled() + " on the peer; a key with a higher limit makes the run faster");
        }
        System.out.println((differing == 0 ? "OK: no difference in " : "FAIL: " + differing + " differences in ")
                + outcomes.size() + " requests; report " + report.toAbsolutePath());
        if (differing > 0) {
            System.exit(1);
        }
    }

    static List<Outcome> run(List<Probe> probes, Server peer, Server ours, AnswerComparison comparison,
                             int concurrency) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Outcome>> pending = new ArrayList<>(probes.size());
            for (Probe probe : probes) {
                pending.add(pool.submit(() -> {
                    Server.Answer peerAnswer = peer.get(probe.pathAndQuery());
                    Server.Answer ourAnswer = ours.get(probe.pathAndQuery());
                    return new Outcome(probe, peerAnswer, ourAnswer, comparison.compare(peerAnswer, ourAnswer));
                }));
            }
            List<Outcome> outcomes = new ArrayList<>(probes.size());
            for (Future<Outcome> outcome : pending) {
                outcomes.add(outcome.get());
                if (outcomes.size() % 500 == 0) {
                    System.out.println("  " + outcomes.size() + " of " + probes.size());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** -Ddiff.key, else WILAYAH_API_KEY, else the key the run command's first start wrote under WILAYAH_HOME. */
    private static String apiKey() throws IOException {
        String key = setting("diff.key", "");
        if (key.isBlank()) {
            key = System.getenv().getOrDefault("WILAYAH_API_KEY", "");
        }
        if (!key.isBlank()) {
            return key.strip();
        }
        String home = System.getenv().getOrDefault("WILAYAH_HOME", System.getProperty("user.home") + "/.wilayah");
        Path credentials = Path.of(home, CREDENTIALS);
        if (!Files.isReadable(credentials)) {
            throw new IllegalStateException("no API key for our server: give -Ddiff.key=…, WILAYAH_API_KEY, or run "
                    + "./mvnw -Prun once so that " + credentials + " exists");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(credentials)) {
            properties.load(in);
        }
        return properties.getProperty("api.key");
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value.strip();
    }
}
