package id.wilayah.api.metrics;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.domain.apikey.KeyGrant;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Times every request of both surfaces, refused ones included (it runs before the key filter), and labels it with the
 * endpoint's template ({@code /api/kota/{code}}), or {@code unmatched} when no endpoint was chosen (refused before
 * matching, unknown path). {@code wilayah.metrics.requests-enabled=false} turns it off.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String NATIVE = "api";
    static final String NUSANTARA = "nusantara";
    static final String UNMATCHED = "unmatched";
    private static final String STARTED = "wilayah.metrics.started";
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Inject
    WilayahMetrics metrics;

    @Inject
    @ConfigProperty(name = "wilayah.metrics.requests-enabled", defaultValue = "true")
    boolean enabled;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (enabled) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        long elapsed = System.nanoTime() - started;
        String surface = request.getUriInfo().getBaseUri().getPath().endsWith("/" + NUSANTARA + "/") ? NUSANTARA
                : NATIVE;
        Method method = resource.getResourceMethod();
        String endpoint = method == null ? UNMATCHED
                : TEMPLATES.computeIfAbsent(method, m -> template(surface, resource.getResourceClass(), m));
        metrics.request(new RequestKind(surface, endpoint, request.getMethod(), response.getStatus()), elapsed,
                (KeyGrant) request.getProperty(ApiKeyFilter.GRANT));
    }

    private static String template(String surface, Class<?> type, Method method) {
        Path typePath = type.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        return "/" + surface + segment(typePath) + segment(methodPath);
    }

    private static String segment(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        String value = path.value().endsWith("/") ? path.value().substring(0, path.value().length() - 1)
                : path.value();
        return value.startsWith("/") ? value : "/" + value;
    }
}
