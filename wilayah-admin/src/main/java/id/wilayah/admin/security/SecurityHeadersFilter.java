package id.wilayah.admin.security;

import id.wilayah.admin.map.MapTiles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Console pages show secrets once: never cache them, never frame them, never leak their URL to another site. Nothing
 * is loaded from another site either, except the map's tile images where an operator configured a tile server.
 */
@WebFilter(urlPatterns = "/admin/*")
public class SecurityHeadersFilter extends HttpFilter {
    @Inject
    MapTiles tiles;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String images = tiles.imageSource().filter(source -> !source.equals("'self'"))
                .map(source -> "img-src 'self' " + source + "; ").orElse("");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                + "style-src 'self' 'unsafe-inline'; " + images + "frame-ancestors 'none'; form-action 'self'");
        chain.doFilter(request, response);
    }
}
