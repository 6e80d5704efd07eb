package id.wilayah.api.http.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many requests with a body the application handles at once once their bodies have arrived. Their asynchronous
 * dispatch runs on the container's own, unbounded pool rather than the HTTP worker pool, so without this bound a
 * burst of completed bodies would start as many threads as it has requests.
 */
@ApplicationScoped
public class DispatchSlots {
    public static final String KEY = "wilayah.http.body-requests-at-once";

    private final Semaphore slots;

    /** For the CDI client proxy only. */
    DispatchSlots() {
        this(1);
    }

    @Inject
    public DispatchSlots(@ConfigProperty(name = KEY, defaultValue = "32") int atOnce) {
        this.slots = new Semaphore(Math.max(1, atOnce));
    }

    boolean tryTake() {
        return slots.tryAcquire();
    }

    void release() {
        slots.release();
    }
}
