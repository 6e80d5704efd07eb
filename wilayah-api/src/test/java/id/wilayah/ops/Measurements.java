package id.wilayah.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures measured on this product and recorded in its benchmark results and documentation. */
final class Measurements {
    private static final Pattern FIRST_START_ROW = Pattern.compile(
            "(?mi)^\\|[^|]*\\|\\s*first start[^|]*\\|.*\\|\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\|\\s*$");
    private static final Pattern OUTSIDE_HEAP = Pattern.compile("plus ≈ (\\d+) MB outside the heap");

    private Measurements() {
    }

    /**
     * Seconds from start to the first answer of every recorded first start (with the bundled import, or of a new
     * WAR), the last column of those rows in wilayah-api/benchmarks/start-up.md.
     */
    static List<Double> firstStartSeconds(Path repositoryRoot) throws IOException {
        Matcher row = FIRST_START_ROW.matcher(
                Files.readString(repositoryRoot.resolve("wilayah-api/benchmarks/start-up.md")));
        List<Double> seconds = new ArrayList<>();
        while (row.find()) {
            seconds.add(Double.parseDouble(row.group(1)));
        }
        return seconds;
    }

    /** The JVM's memory outside its heap, in bytes, as docker/README.md's JVM settings state it. */
    static long outsideHeapBytes(Path repositoryRoot) throws IOException {
        Matcher figure = OUTSIDE_HEAP.matcher(Files.readString(repositoryRoot.resolve("docker/README.md")));
        if (!figure.find()) {
            throw new AssertionError("docker/README.md no longer states the memory outside the heap");
        }
        return Long.parseLong(figure.group(1)) * 1_000_000;
    }

    /** Bytes of the -Xmx option (k, m, g suffixes as the JVM reads them). */
    static long maxHeapBytes(String javaOptions) {
        Matcher xmx = Pattern.compile("-Xmx(\\d+)([kKmMgG]?)(?:\\s|$)").matcher(javaOptions);
        if (!xmx.find()) {
            throw new AssertionError("no -Xmx in '" + javaOptions + "': the heap would follow the container's memory");
        }
        long amount = Long.parseLong(xmx.group(1));
        return switch (xmx.group(2).toLowerCase()) {
            case "k" -> amount << 10;
            case "m" -> amount << 20;
            case "g" -> amount << 30;
            default -> amount;
        };
    }
}
