package id.wilayah.domain.search;

import java.util.Arrays;

/** A posting list while an index is built: names arrive in ascending ordinal order, so a repeat is the last one. */
final class Ordinals {
    private int[] ordinals = new int[2];
    private int count;

    void add(int ordinal) {
        if (count > 0 && ordinals[count - 1] == ordinal) {
            return;
        }
        if (count == ordinals.length) {
            ordinals = Arrays.copyOf(ordinals, count * 2);
        }
        ordinals[count++] = ordinal;
    }

    int[] toArray() {
        return Arrays.copyOf(ordinals, count);
    }
}
