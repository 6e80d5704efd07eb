package id.wilayah.api.http.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Locale;

/**
 * Bounds how deeply a JSON request body may nest. The JSON parser recurses per level and fails at 1,000 levels with an
 * unclassified error, and no request of this API nests more than a few levels: deeper bodies get a 400 before the parser
 * descends into them.
 */
@Provider
public class JsonDepthLimit implements ReaderInterceptor {
    /** Generous: the deepest body this API accepts (a key or an import request) nests one level. */
    public static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            context.setInputStream(new DepthLimitedInputStream(context.getInputStream(), MAX_DEPTH));
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
