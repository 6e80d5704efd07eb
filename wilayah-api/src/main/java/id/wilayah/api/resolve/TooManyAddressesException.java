package id.wilayah.api.resolve;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** A bulk resolution with more addresses than one call answers. */
public class TooManyAddressesException extends FailureException {
    public TooManyAddressesException(int limit) {
        super(FailureKind.UPLOAD_TOO_LARGE, "More than " + limit + " addresses in one request; split the table into"
                + " requests of at most " + limit + " addresses");
    }
}
