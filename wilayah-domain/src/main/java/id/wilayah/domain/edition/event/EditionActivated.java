package id.wilayah.domain.edition.event;

/** Fired inside the activating transaction; observers that rebuild caches listen AFTER_SUCCESS. */
public record EditionActivated(long editionId, String name) {
}
