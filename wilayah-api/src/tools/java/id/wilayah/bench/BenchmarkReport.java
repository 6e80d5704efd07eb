package id.wilayah.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * How a benchmark run ends: its Markdown table printed and written to the report file, the exit code non-zero on
 * failure.
 */
final class BenchmarkReport {
    /** The load comes from one key at tens of thousands of requests a minute: the per-key rate limit is lifted. */
    static final Map<String, String> UNLIMITED_KEY = Map.of("WILAYAH_KEYS_RATE_LIMIT_PER_MINUTE", "1000000000");

    /**
     * As {@link #UNLIMITED_KEY}, without the bps-2018 import a first start stages after it: for runs that import it
     * themselves or measure while the start-up would still be importing it.
     */
    static final Map<String, String> UNLIMITED_KEY_NOTHING_STAGED = Map.of(
            "WILAYAH_KEYS_RATE_LIMIT_PER_MINUTE", "1000000000", "WILAYAH_IMPORT_INITIAL_STAGED_DATASETS", "none");

    private BenchmarkReport() {
    }

    /** Exits explicitly: the HTTP clients' threads would keep the JVM alive after the servers are gone. */
    static void publish(Path report, Callable<String> benchmark) {
        try {
            String table = benchmark.call();
            System.out.println(table);
            Files.writeString(report, table);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
