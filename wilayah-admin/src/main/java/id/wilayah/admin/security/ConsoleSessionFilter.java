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
 * Console sessions, in this order: a session whose administrator changed their password elsewhere, was disabled or was
 * deleted ends (the session's credential version is compared with the database on each request, so this works on
 * every node without a shared session registry); an administrator still on a temporary password sees nothing but the
 * password change form. One filter, because the order matters and the container does not order annotated filters:
 * an ended session must go to the login page, not to the change form.
 */
@WebFilter(urlPatterns = "/admin/*")
public class ConsoleSessionFilter extends HttpFilter {
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
        if (admin != null && session != null && mustChangePassword(session)
                && !isLoginOrChangePage(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + ConsoleSecurity.CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChangePassword(HttpSession session) {
        return Boolean.TRUE.equals(session.getAttribute(ConsoleSecurity.MUST_CHANGE_PASSWORD));
    }

    private static boolean isLoginOrChangePage(String page) {
        return page.equals(ConsoleSecurity.CHANGE_PASSWORD_PAGE) || page.equals(ConsoleSecurity.LOGIN_PAGE);
    }

    private boolean isStale(String admin, HttpSession session) {
        Object held = session.getAttribute(ConsoleSecurity.CREDENTIAL_VERSION);
        OptionalInt current = admins.sessionCredential(admin);
        return current.isEmpty() || !Integer.valueOf(current.getAsInt()).equals(held);
    }
}
