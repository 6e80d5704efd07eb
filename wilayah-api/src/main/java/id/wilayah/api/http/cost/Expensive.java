package id.wilayah.api.http.cost;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose answer costs far more than a lookup, so it runs under {@link ExpensiveReadFilter}; with
 * {@link #whenQueryFlag()}, only requests that set that query flag to true are (fuzzy search: the plain search is a
 * cheap index lookup that typeahead clients call for every keystroke).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Expensive {
    /** A query parameter that makes the request expensive when "true"; empty: every request is. */
    String whenQueryFlag() default "";

    /** The documented answers of an expensive operation (OpenAPI), in the words of its refusals. */
    String KEY_BUSY = "This API key already runs its share of expensive requests (wilayah.limits.expensive-per-key);"
            + " retry after Retry-After";
    String SERVER_BUSY = "The server already runs its share of expensive requests (wilayah.limits.expensive-total),"
            + " the region data is still being loaded, or the database is unreachable and the key has not been"
            + " checked before; retry after Retry-After";
    String RETRY_AFTER = "Retry-After";
    String RETRY_AFTER_MEANING = "Seconds after which a retry is likely to be served";
}
