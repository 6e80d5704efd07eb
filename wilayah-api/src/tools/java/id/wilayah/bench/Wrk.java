package id.wilayah.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs Debian's wrk against one URL (or a list of paths in turn) on loopback for a bounded time. */
final class Wrk {
    private final String apiKey;

    Wrk(String apiKey) {
        this.apiKey = apiKey;
    }

    WrkResult run(String url, int connections, Duration duration) throws IOException, InterruptedException {
        return run(url, connections, duration, List.of());
    }

    /** Each connection asks for the paths in turn, round and round (a map client panning over tiles it has seen). */
    WrkResult runRotating(String base, List<String> paths, int connections, Duration duration)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("wrk-paths", ".lua");
        try {
            Files.writeString(script, "local paths = {\n" + paths.stream().map(path -> "  \"" + path + "\",\n")
                    .collect(Collectors.joining()) + "}\nlocal i = 0\nrequest = function()\n"
                    + "  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
            return run(base + paths.get(0), connections, duration, List.of("-s", script.toString()));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private WrkResult run(String url, int connections, Duration duration, List<String> options)
            throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        List<String> command = new ArrayList<>(List.of("wrk", "--latency",
                "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "-H", "X-API-Key: " + apiKey));
        command.addAll(options);
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed:\n" + output);
        }
        return WrkResult.parse(output);
    }
}
