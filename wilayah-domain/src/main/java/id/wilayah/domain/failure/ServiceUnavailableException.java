package id.wilayah.domain.failure;

/** The service cannot answer yet (for example the first import is still running); retrying later will help. */
public class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String message) {
        super(message);
    }
}
