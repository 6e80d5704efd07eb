package id.wilayah.api.http.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything no other mapper takes. What {@link FailureClassifier} recognises (an unreadable body, a database outage)
 * is reported as such; the rest is a bug: logged with an id the caller can quote, never with internals in the response.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        Surface surface = Surface.of(uriInfo.getBaseUri());
        return ErrorReply.ofUnexpected(e, surface).toResponse(surface);
    }
}
