package id.wilayah.importer.startup;

import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.EditionStatus;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.lifecycle.FirstStartCredentials;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.importer.edition.EditionManagement;
import id.wilayah.importer.geo.DeferredGeometryImport;
import id.wilayah.importer.job.ImportService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the schema migration: first-start credentials, recovery of interrupted imports, then either loading the
 * active edition into memory (its geography after it) or, on an empty database, importing the bundled dataset. The
 * slow parts run in the background so the server starts listening at once; readiness reports when data is served.
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
    @ConfigProperty(name = "wilayah.import.initial-dataset", defaultValue = "kemendagri-2025")
    String initialDataset;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        credentials.createIfFirstStart();
        imports.failInterruptedRuns();
        executor.submit(this::serveOrImport);
    }

    private void serveOrImport() {
        try {
            if (directory.loadActiveEdition()) {
                deferredGeometry.completeIfMissing(directory.current().edition());
                geography.prepare(directory.current().edition());
                return;
            }
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
