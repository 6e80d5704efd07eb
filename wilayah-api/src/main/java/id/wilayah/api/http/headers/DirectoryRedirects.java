package id.wilayah.api.http.headers;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sends {@code /admin} (and every other directory of static files, {@code /admin;x=y/keys.xhtml} included, which
 * Payara reads as {@code /admin}) on to {@code /admin/} through the application, so the redirect carries the headers
 * every response carries. Payara's own redirect for a directory is written before any filter runs. Each directory gets
 * an exact mapping to the redirect, which Payara then routes like any other servlet.
 */
@WebListener
public class DirectoryRedirects implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        List<String> directories = new ArrayList<>(List.of("/WEB-INF", "/META-INF"));
        collect(context, "/", directories);
        context.addServlet("DirectoryRedirect", new ToDirectory())
                .addMapping(directories.toArray(String[]::new));
    }

    /** Every directory below {@code path} apart from the two the container never serves, without its final slash. */
    private static void collect(ServletContext context, String path, List<String> into) {
        Set<String> children = context.getResourcePaths(path);
        if (children == null) {
            return;
        }
        for (String child : children) {
            if (child.endsWith("/") && !child.equals("/WEB-INF/") && !child.equals("/META-INF/")) {
                into.add(child.substring(0, child.length() - 1));
                collect(context, child, into);
            }
        }
    }

    /** Redirects to the directory, keeping the query, as relative as every other redirect of the application. */
    private static final class ToDirectory extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + request.getServletPath() + "/"
                    + (query == null ? "" : "?" + query));
        }
    }
}
