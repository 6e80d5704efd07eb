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
 * ({@link #DEFAULT}: bps-2018 and the historical Kemendagri editions; {@code none} for none) are imported one after
 * another as dry runs: retained, never activated, there to be translated through and, for the editions older than the
 * active one, published as its history (NIKs of older decrees, {@code /history}, chained crosswalks). So keys that
 * speak BPS codes and NIKs issued under earlier decrees work on a fresh server without an administrator's import. A
 * dataset whose edition already exists (imported or deleted by an administrator since) is left alone, and later starts
 * stage nothing.
 */
@ApplicationScoped
public class FirstStartStaging {
    private static final Logger LOG = Logger.getLogger(FirstStartStaging.class.getName());
    private static final Duration GEOGRAPHY_WAIT = Duration.ofMinutes(30);
    private static final Duration STAGING_WAIT = Duration.ofMinutes(30);
    /**
     * The BPS codes first (keys that speak them), then the Kemendagri decrees newest first, so the codes of the most
     * recent decrees are followed soonest.
     */
    static final String DEFAULT = "bps-2018,kemendagri-2023,kemendagri-2022,kemendagri-2020,kemendagri-2018,"
            + "kemendagri-2016";
    private static final String NONE = "none";

    @Inject
    ImportService imports;

    @Inject
    EditionService editions;

    @Inject
    GeoDirectory geography;

    @Inject
    @ConfigProperty(name = "wilayah.import.initial-staged-datasets", defaultValue = DEFAULT)
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
                        + " to translate codes through and to follow codes of older decrees");
                long run = imports.startBundled(dataset, true, "system");
                awaitEnd(run, Instant.now().plus(STAGING_WAIT));
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stage " + staged + " at first start; an administrator can import it", e);
        }
    }

    /**
     * One staged import at a time: each is a national dataset, and several at once would share two cores with the
     * requests the server is answering meanwhile.
     */
    private void awaitEnd(long run, Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline) && "RUNNING".equals(imports.run(run).status())) {
            Thread.sleep(1000);
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
