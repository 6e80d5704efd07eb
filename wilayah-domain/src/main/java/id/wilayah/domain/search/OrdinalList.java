package id.wilayah.domain.search;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** The regions at the given ordinals, as an unmodifiable view: a filter hit list is not copied region by region. */
final class OrdinalList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> all;
    private final int[] ordinals;

    OrdinalList(List<T> all, int[] ordinals) {
        this.all = all;
        this.ordinals = ordinals;
    }

    @Override
    public T get(int index) {
        return all.get(ordinals[index]);
    }

    @Override
    public int size() {
        return ordinals.length;
    }
}
