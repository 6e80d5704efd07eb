package id.wilayah.api.http.errors;

import id.wilayah.domain.edition.EditionConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class EditionConflictMapper implements ExceptionMapper<EditionConflictException> {
    @Override
    public Response toResponse(EditionConflictException e) {
        return Problem.response(Response.Status.CONFLICT, "conflict", e.getMessage());
    }
}
