package id.wilayah.api.http.input;

/** The request announces more bytes than an import may upload. */
public class UploadTooLargeException extends RuntimeException {
    public UploadTooLargeException(String message) {
        super(message);
    }
}
