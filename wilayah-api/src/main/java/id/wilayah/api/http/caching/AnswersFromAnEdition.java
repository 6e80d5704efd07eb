package id.wilayah.api.http.caching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose reads answer from one edition's snapshot: the active edition, or the one pinned with
 * {@code ?edition=}, in the codes asked for with {@code ?codes=}, revalidated with If-None-Match. The OpenAPI document
 * states those rules on exactly the GET operations of these resources.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnswersFromAnEdition {
}
