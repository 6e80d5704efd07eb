package id.wilayah.domain.codes;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** Codes of a system were asked for, but no ready edition of that system is there to translate through. */
public class CodesUnavailableException extends FailureException {
    public CodesUnavailableException(String message) {
        super(FailureKind.CONFLICT, message);
    }
}
