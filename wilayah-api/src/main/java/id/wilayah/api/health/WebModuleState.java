package id.wilayah.api.health;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the web module serves requests. Payara registers health checks and runs startup beans before it does;
 * readiness waits for it too, or a load balancer would send traffic that gets 404 pages.
 */
@ApplicationScoped
public class WebModuleState {
    private volatile boolean serving;

    void serving(boolean now) {
        serving = now;
    }

    public boolean isServing() {
        return serving;
    }
}
