package id.wilayah.api.http.auth;

/** The request carries no usable API key. */
public class ApiKeyRejectedException extends RuntimeException {
    public ApiKeyRejectedException(String message) {
        super(message);
    }
}
