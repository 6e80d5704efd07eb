package id.wilayah.api.http.auth;

import id.wilayah.api.http.errors.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {
    @Override
    public Response toResponse(RateLimitedException e) {
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "rate-limited", e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, seconds(e.retryAfter()))
                .build();
    }

    /** Retry-After takes whole seconds; rounding up means a client that obeys it is never refused again. */
    public static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
