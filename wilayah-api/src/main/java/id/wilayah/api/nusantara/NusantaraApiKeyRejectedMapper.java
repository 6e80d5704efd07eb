package id.wilayah.api.nusantara;

import id.wilayah.api.http.auth.ApiKeyRejectedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NusantaraApiKeyRejectedMapper implements ExceptionMapper<ApiKeyRejectedException> {
    @Override
    public Response toResponse(ApiKeyRejectedException e) {
        return StatusMessage.response(401, e.getMessage());
    }
}
