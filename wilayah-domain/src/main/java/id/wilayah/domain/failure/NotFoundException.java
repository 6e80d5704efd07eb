package id.wilayah.domain.failure;

/** A well-formed reference to something that does not exist; the message is safe to show to the caller. */
public class NotFoundException extends FailureException {
    public NotFoundException(String message) {
        super(FailureKind.NOT_FOUND, message);
    }
}
