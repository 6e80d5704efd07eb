package id.wilayah.api.http.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one error body of the native surface (RFC 9457 problem details). */
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:wilayah:problem:";

    public static Response response(Response.Status status, String kind, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), kind, detail);
    }

    public static Response response(int status, String title, String kind, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem(TYPE_BASE + kind, title, status, detail))
                .build();
    }
}
