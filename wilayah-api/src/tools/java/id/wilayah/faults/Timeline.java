package id.wilayah.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the fault schedule did and when, in seconds since the load started. */
final class Timeline {
    private final long start;
    private final List<String> events = new ArrayList<>();

    Timeline(long start) {
        this.start = start;
    }

    long start() {
        return start;
    }

    synchronized void record(String what) {
        record(System.currentTimeMillis(), what);
    }

    synchronized void record(long at, String what) {
        events.add(String.format(Locale.ROOT, "| %6.1f s | %s |", seconds(at), what));
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", seconds(at), what);
    }

    double seconds(long at) {
        return (at - start) / 1000.0;
    }

    synchronized List<String> rows() {
        return List.copyOf(events);
    }
}
