package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.failure.ServiceUnavailableException;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The read model: the snapshot of the active edition, swapped through one volatile reference so every request sees
 * exactly one complete edition; what is derived from other editions (the former names its resolver reads) is adopted
 * into it once known.
 */
@ApplicationScoped
public class RegionDirectory {
    private static final Logger LOG = Logger.getLogger(RegionDirectory.class.getName());

    @Inject
    EditionService editions;

    @Inject
    SnapshotLoader loader;

    private volatile RegionSnapshot current;

    /** The active edition's snapshot; throws while none is loaded yet (first import still running). */
    public RegionSnapshot current() {
        RegionSnapshot snapshot = current;
        if (snapshot == null) {
            throw new ServiceUnavailableException("The region data is not loaded yet; try again shortly");
        }
        return snapshot;
    }

    public Optional<RegionSnapshot> currentIfLoaded() {
        return Optional.ofNullable(current);
    }

    /** Loads the active edition, if there is one; returns whether the read model is now serving. */
    public boolean loadActiveEdition() {
        Optional<EditionInfo> active = editions.activeEdition();
        active.ifPresent(this::swapTo);
        return active.isPresent();
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        editions.activeEdition().ifPresent(this::swapTo);
    }

    private synchronized void swapTo(EditionInfo edition) {
        RegionSnapshot loaded = current;
        if (loaded != null && loaded.edition().id() == edition.id()) {
            return;
        }
        long started = System.nanoTime();
        RegionSnapshot next = loader.load(edition);
        current = next;
        LOG.info(() -> String.format("Serving edition %s (%s) from memory, loaded in %d ms", edition.name(),
                next.counts(), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * Serves {@code edition} with a resolver that also reads these former names, unless another edition has become
     * active since they were derived.
     */
    public synchronized void adoptFormerNames(EditionInfo edition, List<FormerName> formerNames) {
        RegionSnapshot loadedNow = current;
        if (loadedNow != null && loadedNow.edition().id() == edition.id()) {
            current = loadedNow.withFormerNames(formerNames);
            LOG.info(() -> String.format("Edition %s also read by %d former names", edition.name(),
                    formerNames.size()));
        }
    }
}
