package id.wilayah.domain.crosswalk.store;

/**
 * Fired inside a transaction that changed crosswalk overrides; {@link Crosswalks} drops what it keeps once it commits,
 * other nodes at their next cluster poll.
 */
public record OverridesChanged() {
}
