package id.wilayah.api.http;

/** The request carries no usable API key. */
public class ApiKeyRejectedException extends RuntimeException {
    public ApiKeyRejectedException(String message) {
        super(message);
    }
}
