package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", e.getMessage());
    }
}
