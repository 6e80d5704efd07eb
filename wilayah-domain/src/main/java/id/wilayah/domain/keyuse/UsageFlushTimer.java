package id.wilayah.domain.keyuse;

import id.wilayah.domain.apikey.ApiKeyService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Persists per-key request counts every ten seconds, keeping writes off the request path. Counts that cannot be written
 * (database away) are kept for the next attempt. Not an EJB timer: the container expunges a timer after two failed
 * deliveries, which a database outage of twenty seconds causes, and counts would then never be written again.
 */
@Startup
@Singleton
public class UsageFlushTimer {
    private static final Logger LOG = Logger.getLogger(UsageFlushTimer.class.getName());
    private static final long INTERVAL_SECONDS = 10;

    @Inject
    ApiKeyService keys;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> flushing;
    private boolean lastFlushFailed;

    @PostConstruct
    void start() {
        flushing = scheduler.scheduleWithFixedDelay(this::flush, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        flushing.cancel(false);
    }

    private void flush() {
        Map<Long, Long> uses = keys.drainUsage();
        if (uses.isEmpty()) {
            return;
        }
        try {
            keys.persistUsage(uses);
            if (lastFlushFailed) {
                LOG.info("Key usage counters written again");
            }
            lastFlushFailed = false;
        } catch (RuntimeException e) {
            keys.restoreUsage(uses);
            if (!lastFlushFailed) {
                LOG.warning("Key usage counters not written, kept for the next attempt: " + e);
            }
            lastFlushFailed = true;
        }
    }
}
