package id.wilayah.faults;

/** The key a group of clients uses: one secret until a rotation hands out its successor. */
final class ClientKey {
    private volatile Secret current;

    ClientKey(Secret first) {
        this.current = first;
    }

    Secret current() {
        return current;
    }

    void rotatedTo(Secret successor) {
        current = successor;
    }
}
