package id.wilayah.api.http.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors raised by JAX-RS itself (unknown path, wrong method, unacceptable media type) in the same problem shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request could not be read: check its body against the content type it declares";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed here";
            case 406 -> "This resource answers application/json only";
            case 415 -> "Unsupported request content type";
            default -> status.getReasonPhrase();
        };
        Response problem = Problem.response(status.getStatusCode(), status.getReasonPhrase(),
                "http-" + status.getStatusCode(), detail);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        if (original.getHeaderString("Allow") != null) {
            builder.header("Allow", original.getHeaderString("Allow"));
        }
        return builder.build();
    }
}
