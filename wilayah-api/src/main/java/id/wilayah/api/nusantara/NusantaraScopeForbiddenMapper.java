package id.wilayah.api.nusantara;

import id.wilayah.api.http.auth.ScopeForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NusantaraScopeForbiddenMapper implements ExceptionMapper<ScopeForbiddenException> {
    @Override
    public Response toResponse(ScopeForbiddenException e) {
        return StatusMessage.response(403, e.getMessage());
    }
}
