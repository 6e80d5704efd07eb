package id.wilayah.api.http.body;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Deletes the temporary files of a multipart sent to a console page that takes files (imports, crosswalk overrides,
 * addresses to resolve) when the request ends, whatever its outcome (Payara keeps them otherwise): a listener rather
 * than a filter, so that it runs after the page and its error handling. Only for an upload the {@link RequestBodyGate}
 * passed on: asking for the parts of any other request would parse its body now, and a stranger's multipart there is
 * answered by the console's login unread.
 */
@WebListener
public class MultipartCleanup implements ServletRequestListener {
    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && isConsoleUpload(request)) {
            deleteParts(request);
        }
    }

    private static boolean isConsoleUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        return request.getAttribute(RequestBodyGate.UPLOAD_PASSED) != null
                && contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && BodyLimits.isConsoleUploadPath(BodyLimits.pathOf(request));
    }

    private static void deleteParts(HttpServletRequest request) {
        try {
            for (Part part : request.getParts()) {
                part.delete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete an upload's temporary file", e);
        } catch (ServletException | IllegalStateException refusedWhileParsed) {
            // The body broke a multipart-config limit while parsed; the container removed what it had written.
        }
    }
}
