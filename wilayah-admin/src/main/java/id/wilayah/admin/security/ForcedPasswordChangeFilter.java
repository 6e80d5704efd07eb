package id.wilayah.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** An administrator still on a temporary password sees nothing but the password change form. */
@WebFilter(urlPatterns = "/admin/*")
public class ForcedPasswordChangeFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean mustChange = session != null && Boolean.TRUE.equals(
                session.getAttribute(ConsoleSecurity.MUST_CHANGE_PASSWORD));
        String page = request.getRequestURI().substring(request.getContextPath().length());
        if (mustChange && request.getRemoteUser() != null && !page.equals(ConsoleSecurity.CHANGE_PASSWORD_PAGE)
                && !page.equals(ConsoleSecurity.LOGIN_PAGE)) {
            response.sendRedirect(request.getContextPath() + ConsoleSecurity.CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
