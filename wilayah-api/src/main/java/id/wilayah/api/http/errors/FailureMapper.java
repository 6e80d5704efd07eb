package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.FailureException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure that carries its kind, in the shape of the surface the request came in on. */
@Provider
public class FailureMapper implements ExceptionMapper<FailureException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(FailureException failure) {
        return ErrorReply.of(failure).toResponse(Surface.of(uriInfo.getBaseUri()));
    }
}
