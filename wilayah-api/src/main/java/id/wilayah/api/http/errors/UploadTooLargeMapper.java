package id.wilayah.api.http.errors;

import id.wilayah.api.http.input.UploadTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class UploadTooLargeMapper implements ExceptionMapper<UploadTooLargeException> {
    @Override
    public Response toResponse(UploadTooLargeException e) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "upload-too-large", e.getMessage());
    }
}
