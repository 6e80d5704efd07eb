package id.wilayah.domain.apikey;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Persists per-key request counts every ten seconds, keeping writes off the request path. */
@Singleton
public class UsageFlushTimer {
    @Inject
    ApiKeyService keys;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void flush() {
        keys.flushUsage();
    }
}
