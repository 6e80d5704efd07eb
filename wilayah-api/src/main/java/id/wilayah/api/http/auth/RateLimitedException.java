package id.wilayah.api.http.auth;

import java.time.Duration;

/** The key used up its requests for the current minute, or the client tried too many unknown keys. */
public class RateLimitedException extends RuntimeException {
    private final Duration retryAfter;

    public RateLimitedException(int limitPerMinute, Duration retryAfter) {
        this("This API key allows " + limitPerMinute + " requests per minute; retry after "
                + RateLimitedMapper.seconds(retryAfter) + " s", retryAfter);
    }

    private RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public static RateLimitedException keyGuessing(int failuresPerMinute, Duration retryAfter) {
        return new RateLimitedException("More than " + failuresPerMinute + " unknown API keys per minute came from your"
                + " address; retry after " + RateLimitedMapper.seconds(retryAfter) + " s", retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
