package id.wilayah.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stop-the-world pauses in a unified JVM GC log ({@code -Xlog:gc}); concurrent phases are not pauses. */
record GcPauses(int count, double totalMillis, double maxMillis) {
    private static final Pattern PAUSE = Pattern.compile("\\bPause\\b.*\\s([\\d.]+)ms\\s*$");

    static GcPauses of(Path log) throws IOException {
        return of(Files.readAllLines(log));
    }

    static GcPauses of(List<String> lines) {
        int count = 0;
        double total = 0;
        double max = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                double millis = Double.parseDouble(pause.group(1));
                count++;
                total += millis;
                max = Math.max(max, millis);
            }
        }
        return new GcPauses(count, total, max);
    }
}
