package id.wilayah.domain.failure;

/** The caller sent something malformed; the message says what and is safe to show to the caller. */
public class InvalidInputException extends FailureException {
    public InvalidInputException(String message) {
        super(FailureKind.INVALID_INPUT, message);
    }
}
