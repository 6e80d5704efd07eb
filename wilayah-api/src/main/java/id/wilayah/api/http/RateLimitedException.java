package id.wilayah.api.http;

import java.time.Duration;

/** The key used up its requests for the current minute. */
public class RateLimitedException extends RuntimeException {
    private final Duration retryAfter;

    public RateLimitedException(int limitPerMinute, Duration retryAfter) {
        super("This API key allows " + limitPerMinute + " requests per minute; retry after "
                + RateLimitedMapper.seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
