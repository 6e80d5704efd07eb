package id.wilayah.domain.edition;

/**
 * The identity of the edition a snapshot was built from. {@code published}: the edition has answered reads as the
 * active one at some time; a completed dry run that was never activated has not, and only admin-scope keys may pin it.
 */
public record EditionInfo(long id, String name, String codeSystem, boolean published) {
    public EditionInfo(long id, String name, String codeSystem) {
        this(id, name, codeSystem, true);
    }
}
