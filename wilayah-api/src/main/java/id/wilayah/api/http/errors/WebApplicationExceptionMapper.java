package id.wilayah.api.http.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors raised by JAX-RS itself (unknown path, wrong method, unacceptable media type) in the surface's shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Surface surface = Surface.of(uriInfo.getBaseUri());
        return ErrorReply.ofHttpStatus(original.getStatusInfo(), surface, original.getHeaderString(HttpHeaders.ALLOW))
                .toResponse(surface);
    }
}
