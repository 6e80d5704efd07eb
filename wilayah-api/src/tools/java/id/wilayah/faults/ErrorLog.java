package id.wilayah.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Every error of the run, counted by kind, with the first few spelled out for the report. */
final class ErrorLog {
    private static final int EXAMPLES = 20;

    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final List<String> examples = new ArrayList<>();

    void record(String kind, String detail) {
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        synchronized (examples) {
            if (examples.size() < EXAMPLES) {
                examples.add(detail);
                System.out.println("ERROR " + detail);
            }
        }
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        byKind.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }

    List<String> examples() {
        synchronized (examples) {
            return List.copyOf(examples);
        }
    }
}
