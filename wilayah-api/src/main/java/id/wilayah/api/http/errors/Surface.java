package id.wilayah.api.http.errors;

import id.wilayah.api.nusantara.StatusMessage;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;

/**
 * The HTTP surface a request came in on. Both report the same failure with the same status and headers; they differ
 * in body shape and wording, because /nusantara answers as the API it replaces did.
 */
enum Surface {
    NATIVE {
        @Override
        Object body(ErrorReply reply) {
            return new Problem(reply.type(), reply.title(), reply.status(), reply.detail());
        }

        @Override
        String mediaType() {
            return Problem.MEDIA_TYPE;
        }

        @Override
        String internalError(String incident) {
            return "Unexpected server error; incident " + incident;
        }

        @Override
        String httpError(int status, String reasonPhrase) {
            return switch (status) {
                case 400 -> "The request could not be read: check its body against the content type it declares";
                case 404 -> "No such resource";
                case 405 -> "Method not allowed here";
                case 406 -> "This resource answers application/json only";
                case 415 -> "Unsupported request content type";
                default -> reasonPhrase;
            };
        }
    },
    NUSANTARA {
        @Override
        Object body(ErrorReply reply) {
            return new StatusMessage(reply.status(), reply.detail());
        }

        @Override
        String mediaType() {
            return MediaType.APPLICATION_JSON;
        }

        @Override
        String internalError(String incident) {
            return "Internal server error; incident " + incident;
        }

        @Override
        String httpError(int status, String reasonPhrase) {
            return status == 404 ? "Cannot find this route" : reasonPhrase;
        }
    };

    private static final String NUSANTARA_BASE_PATH_END = "/nusantara/";
    private static final String NUSANTARA_PATH = "/nusantara";

    /** The surface of a request whose JAX-RS application answers at {@code baseUri}. */
    static Surface of(URI baseUri) {
        String path = baseUri.getPath().endsWith("/") ? baseUri.getPath() : baseUri.getPath() + "/";
        return path.endsWith(NUSANTARA_BASE_PATH_END) ? NUSANTARA : NATIVE;
    }

    /**
     * The surface of a request the servlet container answers itself, by its path within the application: the
     * /nusantara tree answers in its own shape, everything else (unknown paths included) as the native surface.
     */
    static Surface ofPath(String path) {
        return path != null && (path.equals(NUSANTARA_PATH) || path.startsWith(NUSANTARA_BASE_PATH_END))
                ? NUSANTARA : NATIVE;
    }

    abstract Object body(ErrorReply reply);

    abstract String mediaType();

    /** The message for a bug, which the caller can quote by its incident id. */
    abstract String internalError(String incident);

    /** The message for an error JAX-RS raised itself, such as an unknown path or a wrong method. */
    abstract String httpError(int status, String reasonPhrase);
}
