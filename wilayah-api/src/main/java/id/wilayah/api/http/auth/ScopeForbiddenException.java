package id.wilayah.api.http.auth;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** The key is valid but its scope does not cover the requested surface. */
public class ScopeForbiddenException extends FailureException {
    public ScopeForbiddenException(String message) {
        super(FailureKind.FORBIDDEN, message);
    }
}
