package id.wilayah.domain.resolve.history;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.crosswalk.store.OverridesChanged;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.resolve.AddressResolver;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the served edition's resolver the former names of its regions, in the background and only once an address is
 * resolved: the crosswalks it needs are usually stored already, but computing a missing one takes seconds and loading
 * an older edition more, which neither a start nor a request should wait for. Until they are adopted, addresses are
 * read by today's names alone.
 */
@ApplicationScoped
public class FormerNamesFollower {
    private static final Logger LOG = Logger.getLogger(FormerNamesFollower.class.getName());

    @Inject
    RegionDirectory directory;

    @Inject
    EditionSnapshots snapshots;

    @Inject
    Crosswalks crosswalks;

    @Resource
    ManagedExecutorService executor;

    private final AtomicLong followed = new AtomicLong(-1);

    /**
     * The resolver of {@code snapshot}; the first call for the served edition starts deriving its former names, which
     * later calls then read.
     */
    public AddressResolver resolverOf(RegionSnapshot snapshot) {
        long edition = snapshot.edition().id();
        long before = followed.get();
        if (before != edition && isServed(edition) && followed.compareAndSet(before, edition)) {
            executor.execute(() -> follow(snapshot.edition()));
        }
        return snapshot.resolver();
    }

    private boolean isServed(long edition) {
        return directory.currentIfLoaded().map(today -> today.edition().id() == edition).orElse(false);
    }

    /**
     * An override may confirm a rename or undo a link, which changes what a name of then stands for today. Observed
     * after {@link Crosswalks} has dropped the crosswalks the override changes, so they are not read again stale.
     */
    void onOverridesChange(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                           @Priority(Interceptor.Priority.APPLICATION + 1000) OverridesChanged changed) {
        directory.currentIfLoaded().filter(today -> today.edition().id() == followed.get())
                .ifPresent(today -> executor.execute(() -> follow(today.edition())));
    }

    private void follow(EditionInfo edition) {
        try {
            RegionSnapshot today = directory.current();
            if (today.edition().id() != edition.id()) {
                return;
            }
            List<FormerName> formerNames = new ArrayList<>();
            // One older edition in memory at a time: with the historical editions retained there are six.
            for (EditionInfo olderEdition : snapshots.lineage(CodeSystem.valueOf(edition.codeSystem()), edition)) {
                RegionSnapshot older = snapshots.byName(olderEdition.name(), true);
                Crosswalk crosswalk = crosswalks.of(new EditionPair(older, today));
                formerNames.addAll(FormerNames.of(crosswalk, older, today));
            }
            directory.adoptFormerNames(edition, formerNames);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not derive the former names of edition " + edition.name()
                    + "; addresses are read by today's names until it is next loaded", e);
        }
    }
}
