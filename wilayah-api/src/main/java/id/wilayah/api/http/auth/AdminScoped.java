package id.wilayah.api.http.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource that only keys with admin scope may call; such a resource lives under {@link #PATH}. The rule is
 * enforced on the path, before resource matching, so a read key learns nothing about what exists under it (every
 * /api/admin request is 403 to it); the OpenAPI document reads the annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AdminScoped {
    /** The path, relative to the application, of every admin-scoped resource. */
    String PATH = "admin";
}
