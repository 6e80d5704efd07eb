package id.wilayah.api.nusantara;

import id.wilayah.domain.failure.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NusantaraInvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
        return StatusMessage.response(400, e.getMessage());
    }
}
