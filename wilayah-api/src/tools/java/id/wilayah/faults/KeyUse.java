package id.wilayah.faults;

/**
 * How a client picks its secret. Eager clients switch as soon as a rotation is done; lazy ones keep the old secret
 * until the server refuses it (after the grace period), as a client that learns of the rotation late would.
 */
final class KeyUse {
    private final ClientKey key;
    private final boolean lazy;
    private Secret using;

    private KeyUse(ClientKey key, boolean lazy) {
        this.key = key;
        this.lazy = lazy;
        this.using = key.current();
    }

    static KeyUse eager(ClientKey key) {
        return new KeyUse(key, false);
    }

    static KeyUse lazy(ClientKey key) {
        return new KeyUse(key, true);
    }

    Secret secret() {
        if (!lazy) {
            using = key.current();
        }
        return using;
    }

    void refusedIntendedly() {
        using = key.current();
    }
}
