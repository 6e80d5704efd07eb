package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.FailureKind;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper takes. What {@link FailureClassifier} recognises (an unreadable body, a database outage)
 * is reported as such; the rest is a bug: logged with an id the caller can quote, never with internals in the response.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        Surface surface = Surface.of(uriInfo.getBaseUri());
        ErrorReply reply = FailureClassifier.classify(e).map(ErrorReply::of).orElseGet(() -> bug(e, surface));
        return reply.toResponse(surface);
    }

    private static ErrorReply bug(Throwable e, Surface surface) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ErrorReply.of(FailureKind.INTERNAL, surface.internalError(incident));
    }
}
