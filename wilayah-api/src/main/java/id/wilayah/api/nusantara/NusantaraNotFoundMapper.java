package id.wilayah.api.nusantara;

import id.wilayah.domain.failure.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NusantaraNotFoundMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
        return StatusMessage.response(404, e.getMessage());
    }
}
