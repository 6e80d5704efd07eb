package id.wilayah.importer.startup;

import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.EditionStatus;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.lifecycle.FirstStartCredentials;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.importer.edition.EditionManagement;
import id.wilayah.importer.geo.DeferredGeometryImport;
import id.wilayah.importer.island.IslandImport;
import id.wilayah.importer.job.ImportService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the schema migration: first-start credentials, then in the background loading the active edition into memory
 * (its bundled islands stored first if it was imported before its dataset had them; its geography after it),
 * cleaning up imports a stopped or killed server left running, and, on a database without an active edition,
 * activating or importing the bundled dataset. The server starts listening at once; readiness reports when data is
 * served. The cleanup never stops the start: while it cannot run yet (the rows it deletes still locked), it is
 * retried every {@code wilayah.import.cleanup-retry-seconds} and the active edition keeps serving. After the first
 * activation, further bundled datasets are staged ({@link FirstStartStaging}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class StartupSequence {
    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    FirstStartCredentials credentials;

    @Inject
    ImportService imports;

    @Inject
    RegionDirectory directory;

    @Inject
    GeoDirectory geography;

    @Inject
    DeferredGeometryImport deferredGeometry;

    @Inject
    EditionService editionService;

    @Inject
    EditionManagement editionManagement;

    @Inject
    FirstStartStaging staging;

    @Inject
    IslandImport islands;

    @Inject
    @ConfigProperty(name = "wilayah.import.initial-dataset", defaultValue = "kemendagri-2025")
    String initialDataset;

    @Inject
    @ConfigProperty(name = "wilayah.import.cleanup-retry-seconds", defaultValue = "10")
    long cleanupRetrySeconds;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        credentials.createIfFirstStart();
        executor.submit(this::serveThenRecover);
    }

    private void serveThenRecover() {
        completeIslands();
        Optional<Boolean> activeEdition = loadActiveEdition();
        if (!failInterruptedRuns() || activeEdition.isEmpty()) {
            return;
        }
        if (activeEdition.get()) {
            completeGeography();
        } else {
            activateOrImport();
        }
    }

    /**
     * An active edition imported from a bundled dataset before the dataset carried islands gets them before it is
     * loaded into memory (a second or two, once).
     */
    private void completeIslands() {
        try {
            editionService.activeEdition().flatMap(active -> editionService.findByName(active.name()))
                    .ifPresent(islands::completeIfMissing);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not complete the active edition's islands", e);
        }
    }

    /** Whether there is an active edition, now served; empty when that is unknown, so nothing is imported over it. */
    private Optional<Boolean> loadActiveEdition() {
        try {
            return Optional.of(directory.loadActiveEdition());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not load the active edition", e);
            return Optional.empty();
        }
    }

    /** Retries until the interrupted runs are failed and their rows removed; false only when the server stops. */
    private boolean failInterruptedRuns() {
        while (true) {
            try {
                imports.failInterruptedRuns();
                return true;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not clean up interrupted imports yet; retrying in "
                        + cleanupRetrySeconds + " s", e);
            }
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(cleanupRetrySeconds));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private void completeGeography() {
        try {
            deferredGeometry.completeIfMissing(directory.current().edition());
            geography.prepare(directory.current().edition());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not store or load the active edition's geography", e);
        }
    }

    private void activateOrImport() {
        try {
            staging.arm();
            Optional<Edition> imported = editionService.findByName(initialDataset)
                    .filter(edition -> edition.getStatus() == EditionStatus.READY);
            if (imported.isPresent()) {
                // A stop between an import's completion and its activation leaves a ready edition behind.
                LOG.info(() -> "No active edition: activating the already imported " + initialDataset);
                editionManagement.activate(imported.get().getId(), "system");
            } else {
                LOG.info(() -> "No active edition: importing the bundled dataset " + initialDataset);
                imports.startInitial(initialDataset);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not load or import region data", e);
        }
    }
}
