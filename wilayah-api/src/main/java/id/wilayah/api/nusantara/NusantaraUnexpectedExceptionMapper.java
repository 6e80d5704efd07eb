package id.wilayah.api.nusantara;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A bug or an outage: logged with an id the caller can quote, never with internals in the response. */
@Provider
public class NusantaraUnexpectedExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(NusantaraUnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return StatusMessage.response(500, "Internal server error; incident " + incident);
    }
}
