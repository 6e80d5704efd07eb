package id.wilayah.api.http.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON, or JSON of the wrong shape, is the caller's mistake: 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return Problem.response(Response.Status.BAD_REQUEST, "invalid-input",
                        "The request body is not valid JSON or has a field of the wrong type");
            }
        }
        return new UnexpectedExceptionMapper().toResponse(e);
    }
}
