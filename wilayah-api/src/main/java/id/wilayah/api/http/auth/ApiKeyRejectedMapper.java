package id.wilayah.api.http.auth;

import id.wilayah.api.http.errors.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ApiKeyRejectedMapper implements ExceptionMapper<ApiKeyRejectedException> {
    @Override
    public Response toResponse(ApiKeyRejectedException e) {
        return Problem.response(Response.Status.UNAUTHORIZED, "unauthorized", e.getMessage());
    }
}
