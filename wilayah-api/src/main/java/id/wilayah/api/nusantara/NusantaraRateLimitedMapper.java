package id.wilayah.api.nusantara;

import id.wilayah.api.http.auth.RateLimitedException;
import id.wilayah.api.http.auth.RateLimitedMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NusantaraRateLimitedMapper implements ExceptionMapper<RateLimitedException> {
    @Override
    public Response toResponse(RateLimitedException e) {
        return Response.fromResponse(StatusMessage.response(429, e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, RateLimitedMapper.seconds(e.retryAfter())).build();
    }
}
