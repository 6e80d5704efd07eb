package id.wilayah.api.crosswalk;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** A bulk crosswalk request with more codes than one call answers. */
public class TooManyCodesException extends FailureException {
    public TooManyCodesException(int limit) {
        super(FailureKind.UPLOAD_TOO_LARGE, "More than " + limit + " codes in one request; split the table into"
                + " requests of at most " + limit + " codes");
    }
}
