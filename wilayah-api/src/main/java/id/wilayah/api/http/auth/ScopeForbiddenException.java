package id.wilayah.api.http.auth;

/** The key is valid but its scope does not cover the requested surface. */
public class ScopeForbiddenException extends RuntimeException {
    public ScopeForbiddenException(String message) {
        super(message);
    }
}
