package id.wilayah.api.http.headers;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Makes the status line of a 429 read {@code 429 Too Many Requests}. Servlet 6 has no way to set a reason phrase, and
 * Payara's HTTP layer (Grizzly) writes its own phrase from a table that lacks 429, so every 429 went out as
 * {@code 429 CUSTOM}. The phrase is added to that table once at deployment; should a Payara release change the table,
 * the answers keep their status and body and only the phrase stays wrong (logged here, checked by NativeApiIT).
 */
@WebListener
public class ReasonPhrases implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(ReasonPhrases.class.getName());
    private static final String GRIZZLY_STATUS = "org.glassfish.grizzly.http.util.HttpStatus";
    private static final int TOO_MANY_REQUESTS = 429;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            Class<?> statuses = Class.forName(GRIZZLY_STATUS, true, event.getServletContext().getClass()
                    .getClassLoader());
            Object known = statuses.getMethod("getHttpStatus", int.class).invoke(null, TOO_MANY_REQUESTS);
            if (!"CUSTOM".equals(statuses.getMethod("getReasonPhrase").invoke(known))) {
                return;
            }
            Object tooManyRequests = statuses.getMethod("newHttpStatus", int.class, String.class)
                    .invoke(null, TOO_MANY_REQUESTS, "Too Many Requests");
            Field table = statuses.getDeclaredField("statusMessages");
            table.setAccessible(true);
            // One entry into a table of about 45, far from its resize: readers on other threads see either state.
            @SuppressWarnings("unchecked")
            Map<Integer, Object> phrases = (Map<Integer, Object>) table.get(null);
            phrases.putIfAbsent(TOO_MANY_REQUESTS, tooManyRequests);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "429 answers keep the reason phrase CUSTOM: " + e);
        }
    }
}
