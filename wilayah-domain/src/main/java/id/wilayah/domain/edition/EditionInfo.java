package id.wilayah.domain.edition;

/**
 * The identity of the edition a snapshot was built from. {@code published}: any key may name it
 * ({@link Edition#isPublished()}); an unpublished one, a dry run that was never activated, only admin-scope keys may.
 */
public record EditionInfo(long id, String name, String codeSystem, boolean published) {
    public EditionInfo(long id, String name, String codeSystem) {
        this(id, name, codeSystem, true);
    }
}
