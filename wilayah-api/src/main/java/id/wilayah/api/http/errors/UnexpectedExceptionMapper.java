package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug: logged with an id the caller can quote, never with internals in the response. A database outage is no bug:
 * the caller gets the 503 with Retry-After, as for any other temporary unavailability.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (DatabaseUnreachable.caused(e)) {
            return new ServiceUnavailableMapper().toResponse(
                    new ServiceUnavailableException("The database is unreachable; try again shortly"));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                "Unexpected server error; incident " + incident);
    }
}
