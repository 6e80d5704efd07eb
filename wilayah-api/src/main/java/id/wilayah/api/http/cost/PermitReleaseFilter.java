package id.wilayah.api.http.cost;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets an expensive read's answer be written without the server's slot ({@link ServerSlotYieldingResponse}) and
 * releases its permit once the whole answer is written, on every path (success, error, a client that went away): a
 * permit that leaked would lower the limit for good. Declared in web.xml ahead of the response compression, so that
 * compressing counts as computing the answer and the permit is kept until the compressed stream is finished.
 */
public class PermitReleaseFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, new ServerSlotYieldingResponse(request, response));
        } finally {
            if (request.getAttribute(ExpensiveReadFilter.PERMIT) instanceof ExpensiveReadLimiter.Permit permit) {
                permit.release();
            }
        }
    }
}
