package id.wilayah.admin.http;

import java.util.List;
import java.util.Locale;

/**
 * Paths that route elsewhere than they read: Payara decodes {@code %2F} and {@code %2E} and then resolves dot segments
 * (ignoring {@code ;parameters}) before it routes, so {@code /api/..%2Fadmin%2Flogin.xhtml} would reach the console.
 * No client needs to send such a path (RFC 3986 has clients remove dot segments), so none is routed anywhere.
 */
public final class AmbiguousPaths {
    private static final List<String> ENCODED_SEPARATORS_AND_DOTS = List.of("%2f", "%5c", "%2e");

    private AmbiguousPaths() {
    }

    /** Whether the raw (undecoded) path could route to another place than its segments name. */
    public static boolean isAmbiguous(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        if (path.indexOf('\\') >= 0 || ENCODED_SEPARATORS_AND_DOTS.stream().anyMatch(path::contains)) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
