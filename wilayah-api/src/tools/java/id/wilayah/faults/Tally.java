package id.wilayah.faults;

import java.util.Arrays;

/** Counts and latencies of a set of samples, for one row of the summary. */
final class Tally {
    private long ok;
    private long notModified;
    private long intended401;
    private long errors;
    private int[] micros = new int[1024];
    private int size;

    void add(Sample sample) {
        switch (sample.outcome()) {
            case OK -> ok++;
            case NOT_MODIFIED -> notModified++;
            case INTENDED_401 -> intended401++;
            case ERROR -> errors++;
        }
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = sample.micros();
    }

    long requests() {
        return size;
    }

    long ok() {
        return ok;
    }

    long notModified() {
        return notModified;
    }

    long intended401() {
        return intended401;
    }

    long errors() {
        return errors;
    }

    double percentileMillis(double percentile) {
        if (size == 0) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1000.0;
    }
}
