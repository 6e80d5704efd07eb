package id.wilayah.domain.apikey;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Persists per-key request counts every ten seconds, keeping writes off the request path. Counts that cannot be written
 * (database away) are kept for the next attempt. Runs without a transaction of its own so the write's transaction
 * ends, and can fail, inside {@link #flush}.
 */
@Singleton
public class UsageFlushTimer {
    private static final Logger LOG = Logger.getLogger(UsageFlushTimer.class.getName());

    @Inject
    ApiKeyService keys;

    private boolean lastFlushFailed;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void flush() {
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
