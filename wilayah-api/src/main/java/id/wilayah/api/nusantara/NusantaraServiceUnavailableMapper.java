package id.wilayah.api.nusantara;

import id.wilayah.domain.failure.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NusantaraServiceUnavailableMapper implements ExceptionMapper<ServiceUnavailableException> {
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(ServiceUnavailableException e) {
        return Response.fromResponse(StatusMessage.response(503, e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
