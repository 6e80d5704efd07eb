package id.wilayah.api.http.auth;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** The request carries no usable API key. */
public class ApiKeyRejectedException extends FailureException {
    public ApiKeyRejectedException(String message) {
        super(FailureKind.UNAUTHORIZED, message);
    }
}
