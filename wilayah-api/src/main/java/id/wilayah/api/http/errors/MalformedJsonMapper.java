package id.wilayah.api.http.errors;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON request body read as JSON-P that does not parse: the JSON-P reader throws this without wrapping it. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-input",
                "The request body could not be read: it is not valid JSON");
    }
}
