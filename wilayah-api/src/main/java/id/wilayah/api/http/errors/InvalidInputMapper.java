package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-input", e.getMessage());
    }
}
