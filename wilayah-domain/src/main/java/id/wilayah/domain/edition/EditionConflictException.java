package id.wilayah.domain.edition;

/** An edition name that is already taken, or an edition that cannot take the requested change (HTTP 409). */
public class EditionConflictException extends RuntimeException {
    public EditionConflictException(String message) {
        super(message);
    }
}
