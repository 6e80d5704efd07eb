package id.wilayah.api.http.input;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** The request announces more bytes than an import may upload. */
public class UploadTooLargeException extends FailureException {
    public UploadTooLargeException(String message) {
        super(FailureKind.UPLOAD_TOO_LARGE, message);
    }
}
