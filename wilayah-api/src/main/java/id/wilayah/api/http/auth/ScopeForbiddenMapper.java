package id.wilayah.api.http.auth;

import id.wilayah.api.http.errors.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ScopeForbiddenMapper implements ExceptionMapper<ScopeForbiddenException> {
    @Override
    public Response toResponse(ScopeForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
    }
}
