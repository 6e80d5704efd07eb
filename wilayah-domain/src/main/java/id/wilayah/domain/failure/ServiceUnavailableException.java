package id.wilayah.domain.failure;

/** The service cannot answer yet (for example the first import is still running); retrying later will help. */
public class ServiceUnavailableException extends FailureException {
    /** Long enough not to hammer a recovering server, short enough that a brief outage costs clients little. */
    private static final long RETRY_AFTER_SECONDS = 5;

    public ServiceUnavailableException(String message) {
        super(FailureKind.UNAVAILABLE, message, RETRY_AFTER_SECONDS);
    }
}
