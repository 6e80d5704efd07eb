package id.wilayah.domain.edition.event;

/**
 * Fired inside a transaction that made an edition ready or dropped one; observers that keep the list of ready editions
 * listen AFTER_SUCCESS. Activation has its own event, {@link EditionActivated}.
 */
public record EditionsChanged() {
}
