package id.wilayah.domain.failure;

/** A well-formed reference to something that does not exist; the message is safe to show to the caller. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
