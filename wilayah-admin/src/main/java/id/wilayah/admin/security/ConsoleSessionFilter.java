package id.wilayah.admin.security;

import id.wilayah.domain.admin.AdminUserService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Ends a console session whose administrator changed their password elsewhere, was disabled or was deleted. The
 * session's credential version is compared with the database on each request, so this works on every node without
 * a shared session registry.
 */
@WebFilter(urlPatterns = "/admin/*")
public class StaleSessionFilter extends HttpFilter {
    @Inject
    AdminUserService admins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String admin = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (admin != null && session != null && isStale(admin, session)) {
            request.logout();
            HttpSession remaining = request.getSession(false);
            if (remaining != null) {
                remaining.invalidate();
            }
            response.sendRedirect(request.getContextPath() + ConsoleSecurity.LOGIN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isStale(String admin, HttpSession session) {
        Object held = session.getAttribute(ConsoleSecurity.CREDENTIAL_VERSION);
        OptionalInt current = admins.sessionCredential(admin);
        return current.isEmpty() || !Integer.valueOf(current.getAsInt()).equals(held);
    }
}
