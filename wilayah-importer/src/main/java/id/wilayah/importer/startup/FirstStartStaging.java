package id.wilayah.importer.startup;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.importer.job.ImportService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start's second step: once the bundled edition answers reads (and its boundaries are stored, so the two
 * imports do not share the cores), the bundled datasets named by {@code wilayah.import.initial-staged-datasets}
 * ({@code bps-2018} by default, {@code none} for none) are imported as dry runs: retained, never activated, there to be
 * translated through. So keys that speak BPS codes work on a fresh server without an administrator's import. A dataset
 * whose edition already exists (imported or deleted by an administrator since) is left alone, and later starts stage
 * nothing.
 */
@ApplicationScoped
public class FirstStartStaging {
    private static final Logger LOG = Logger.getLogger(FirstStartStaging.class.getName());
    private static final Duration GEOGRAPHY_WAIT = Duration.ofMinutes(30);
    private static final String NONE = "none";

    @Inject
    ImportService imports;

    @Inject
    EditionService editions;

    @Inject
    GeoDirectory geography;

    @Inject
    @ConfigProperty(name = "wilayah.import.initial-staged-datasets", defaultValue = "bps-2018")
    String staged;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean armed = new AtomicBoolean();

    /** This start activates the first edition: the next activation is followed by the staging. */
    void arm() {
        armed.set(!datasets(staged).isEmpty());
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        if (armed.compareAndSet(true, false)) {
            EditionInfo edition = new EditionInfo(activated.editionId(), activated.name(), null);
            executor.submit(() -> stageAfterGeography(edition));
        }
    }

    private void stageAfterGeography(EditionInfo active) {
        try {
            Instant deadline = Instant.now().plus(GEOGRAPHY_WAIT);
            // The boundaries' import is started by the same activation: give it a moment to announce itself.
            Thread.sleep(1000);
            while ("importing".equals(geography.status(active)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            for (String dataset : datasets(staged)) {
                if (editions.findByName(dataset).isPresent()) {
                    continue;
                }
                LOG.info(() -> "First start: staging the bundled dataset " + dataset + " (imported, never activated)"
                        + " to translate codes through");
                imports.startBundled(dataset, true, "system");
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stage " + staged + " at first start; an administrator can import it", e);
        }
    }

    /** A comma-separated list of bundled dataset names; {@code none} or blank for none. */
    static List<String> datasets(String configured) {
        if (configured == null || configured.isBlank() || configured.strip().equalsIgnoreCase(NONE)) {
            return List.of();
        }
        return Arrays.stream(configured.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
