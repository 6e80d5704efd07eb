package id.wilayah.domain.edition;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** An edition name that is already taken, or an edition that cannot take the requested change. */
public class EditionConflictException extends FailureException {
    public EditionConflictException(String message) {
        super(FailureKind.CONFLICT, message);
    }
}
