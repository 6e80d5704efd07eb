package id.wilayah.api.nusantara;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error body wilayah-nusantara clients parse: {@code {"statusCode":404,"message":"district not found"}}. */
@JsonbPropertyOrder({"statusCode", "message"})
public record StatusMessage(int statusCode, String message) {
    static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new StatusMessage(status, message))
                .build();
    }
}
