package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ServiceUnavailableMapper implements ExceptionMapper<ServiceUnavailableException> {
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(ServiceUnavailableException e) {
        Response problem = Problem.response(Response.Status.SERVICE_UNAVAILABLE, "unavailable", e.getMessage());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
