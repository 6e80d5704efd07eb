package id.wilayah.api.http.cost;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Releases an expensive read's permit once the whole answer is written, on every path (success, error, a client that
 * went away): a permit that leaked would lower the limit for good.
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class PermitReleaseFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getAttribute(ExpensiveReadFilter.PERMIT) instanceof ExpensiveReadLimiter.Permit permit) {
                permit.release();
            }
        }
    }
}
