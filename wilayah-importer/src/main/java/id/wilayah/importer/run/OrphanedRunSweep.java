package id.wilayah.importer.run;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fails the imports of a node that died while it ran them (its heartbeat stopped), so the other nodes need not wait
 * for it to come back; this node's own interrupted runs are failed when it starts. Not an EJB timer: the container
 * drops a timer after two failed deliveries, which a database outage causes.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class OrphanedRunSweep {
    private static final Logger LOG = Logger.getLogger(OrphanedRunSweep.class.getName());

    @Inject
    ImportRunService runs;

    @Inject
    @ConfigProperty(name = "wilayah.import.cleanup-retry-seconds", defaultValue = "10")
    long intervalSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweeping;

    @PostConstruct
    void start() {
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        sweeping.cancel(false);
    }

    private void sweep() {
        try {
            for (Long runId : runs.orphanedRunIds(false)) {
                LOG.warning(() -> "Import run " + runId + " belongs to a node that stopped beating; marking it failed");
                runs.fail(runId, "interrupted: the node running this import stopped");
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Orphaned imports not checked this time: " + e);
        }
    }
}
