package id.wilayah.domain.failure;

import java.util.OptionalLong;

/**
 * A failure the caller is told about as it is: its kind decides the status, its message is safe to show, and a
 * temporary one says after how many seconds a retry may succeed.
 */
public abstract class FailureException extends RuntimeException {
    private final FailureKind kind;
    private final OptionalLong retryAfterSeconds;

    protected FailureException(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
        this.retryAfterSeconds = OptionalLong.empty();
    }

    protected FailureException(FailureKind kind, String message, long retryAfterSeconds) {
        super(message);
        this.kind = kind;
        this.retryAfterSeconds = OptionalLong.of(retryAfterSeconds);
    }

    public FailureKind kind() {
        return kind;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
