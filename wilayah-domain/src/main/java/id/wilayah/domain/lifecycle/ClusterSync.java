package id.wilayah.domain.lifecycle;

import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.cluster.LiveNodes;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.readmodel.ReadyEditions;
import id.wilayah.domain.readmodel.RegionDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this node in step with the others through the shared database alone (Payara's data grid stays off, see the
 * preboot file): every poll interval it stamps this node's heartbeat and counts the live nodes (they share each key's
 * rate limit), drops cached grants of keys revoked or rotated anywhere, and, when the change versions say so, re-reads
 * the ready editions (imported or dropped anywhere), reloads the read model after another node's activation and drops
 * the crosswalks kept with overrides changed anywhere.
 * Scheduled with a fixed delay, so a slow snapshot load never overlaps the next poll.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ClusterSync {
    private static final Logger LOG = Logger.getLogger(ClusterSync.class.getName());
    /** Looks back further than one interval: a change committed late or stamped by a node with a lagging clock. */
    private static final Duration CLOCK_AND_COMMIT_MARGIN = Duration.ofSeconds(5);

    @Inject
    EditionService editions;

    @Inject
    RegionDirectory directory;

    @Inject
    ReadyEditions readyEditions;

    @Inject
    ApiKeyService keys;

    @Inject
    LiveNodes liveNodes;

    @Inject
    Crosswalks crosswalks;

    @Inject
    @ConfigProperty(name = "wilayah.cluster.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> polling;
    private long seenVersion = -1;
    private long seenEditionsVersion = -1;
    private volatile Instant lastPoll = Instant.now();
    private boolean databaseReachable = true;

    @PostConstruct
    void start() {
        try {
            liveNodes.forgetLongGone();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Old heartbeats stay until the next start", e);
        }
        polling = scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
        try {
            liveNodes.leave();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The other nodes drop this one when its heartbeat times out", e);
        }
    }

    /** How far this node's view of the others may lag: the time since its last successful poll began. */
    @Lock(LockType.READ)
    public Duration sinceLastPoll() {
        return Duration.between(lastPoll, Instant.now());
    }

    private void poll() {
        Instant started = Instant.now();
        try {
            liveNodes.beat();
            keys.forgetChangedSince(lastPoll.minus(CLOCK_AND_COMMIT_MARGIN));
            EditionService.ChangeVersions versions = editions.changeVersions();
            if (versions.editions() != seenEditionsVersion || versions.activation() != seenVersion) {
                readyEditions.refresh();
                seenEditionsVersion = versions.editions();
            }
            crosswalks.followOverrides(versions.overrides());
            // The first load belongs to the start-up sequence, once the application is deployed; this only follows.
            if (directory.currentIfLoaded().isPresent() && versions.activation() != seenVersion
                    && directory.loadActiveEdition()) {
                seenVersion = versions.activation();
            }
            lastPoll = started;
            reachable(true, null);
        } catch (RuntimeException e) {
            reachable(false, e);
        }
    }

    /** Logs the change of state only: an outage must not write a stack trace every second. */
    private void reachable(boolean now, RuntimeException cause) {
        if (now && !databaseReachable) {
            LOG.info("Cluster sync reaches the database again");
        } else if (!now && databaseReachable) {
            LOG.log(Level.WARNING, "Cluster sync cannot reach the database; serving what is in memory", cause);
        }
        databaseReachable = now;
    }
}
