package id.wilayah.api.http.auth;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;
import java.time.Duration;

/** The key used up its requests for the current minute, or the client tried too many unknown keys. */
public class RateLimitedException extends FailureException {
    public RateLimitedException(int limitPerMinute, Duration retryAfter) {
        this("This API key allows " + limitPerMinute + " requests per minute; retry after "
                + seconds(retryAfter) + " s", retryAfter);
    }

    private RateLimitedException(String message, Duration retryAfter) {
        super(FailureKind.RATE_LIMITED, message, seconds(retryAfter));
    }

    public static RateLimitedException keyGuessing(int failuresPerMinute, Duration retryAfter) {
        return new RateLimitedException("More than " + failuresPerMinute + " unknown API keys per minute came from your"
                + " address; retry after " + seconds(retryAfter) + " s", retryAfter);
    }

    /** Retry-After takes whole seconds; rounding up means a client that obeys it is never refused again. */
    private static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
