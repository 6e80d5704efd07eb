package id.wilayah.api.http.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The error page of the whole application (web.xml's default error page): every error the servlet container answers
 * itself — an unknown path outside the JAX-RS applications, a method a static resource does not take, an exception no
 * JAX-RS mapper saw — leaves in the shape of the surface its path belongs to, like the errors JAX-RS answers. Never the
 * container's HTML page, which names the server software and its version. Requested directly, it is an unknown path.
 */
public class ContainerErrorPage extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Surface surface = Surface.ofPath(pathOf(request));
        ErrorReply reply;
        if (failure != null) {
            reply = ErrorReply.ofUnexpected(failure, surface);
        } else {
            int code = status instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
            reply = ErrorReply.ofHttpStatus(statusType(code), surface, response.getHeader(HttpHeaders.ALLOW));
        }
        response.resetBuffer();
        reply.write(surface, response);
    }

    /** The path of the request that failed, within the application. */
    private static String pathOf(HttpServletRequest request) {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failedUri instanceof String path ? path : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    private static Response.StatusType statusType(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        return known != null ? known : new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return "HTTP " + code;
            }
        };
    }
}
