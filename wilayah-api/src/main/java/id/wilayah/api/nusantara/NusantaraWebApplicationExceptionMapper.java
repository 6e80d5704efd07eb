package id.wilayah.api.nusantara;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths and wrong methods in the same {statusCode, message} shape. */
@Provider
public class NusantaraWebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String message = status.getStatusCode() == 404 ? "Cannot find this route" : status.getReasonPhrase();
        Response.ResponseBuilder builder = Response.fromResponse(StatusMessage.response(status.getStatusCode(),
                message));
        if (e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }
}
