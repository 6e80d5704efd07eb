package id.wilayah.domain.crosswalk.store;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.chain.ChainedCrosswalk;
import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionChain;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.edition.event.EditionsChanged;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.EditionPairCache;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.ReadyEditions;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.RegionCode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The crosswalk between two retained editions, from memory, else from the database, else computed now and stored.
 * After an import or activation, the crosswalks between the active edition and every other retained one (both
 * directions) are computed in the background, so requests normally find them stored; a request for a pair not computed
 * yet computes it itself. Administrators' overrides ({@link CrosswalkOverride}) replace the computed links of their
 * regions in every crosswalk served, so they hold however often it is computed again. A few pairs are kept in memory,
 * least recently used first out, and dropped when overrides change on this node or (seen at the cluster poll) another.
 * The steps between consecutive editions of a chain are kept apart, as many as there are retained editions: a
 * region's history and a chained crosswalk read every step of the chain in turn, and a least-recently-used cache
 * smaller than the chain would have dropped each step by the time it is read again.
 */
@ApplicationScoped
public class Crosswalks {
    private static final Logger LOG = Logger.getLogger(Crosswalks.class.getName());

    @Inject
    EditionSnapshots snapshots;

    @Inject
    ReadyEditions ready;

    @Inject
    EditionService editions;

    @Inject
    CrosswalkTable table;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "wilayah.crosswalk.precompute", defaultValue = "true")
    boolean precompute;

    @Inject
    @ConfigProperty(name = "wilayah.crosswalk.cache-size", defaultValue = "4")
    int cacheSize;

    private EditionPairCache<Crosswalk> kept;
    private EditionPairCache<Crosswalk> steps;
    private final AtomicBoolean precomputing = new AtomicBoolean();
    private final AtomicBoolean precomputeAgain = new AtomicBoolean();
    private final AtomicLong seenOverridesVersion = new AtomicLong(-1);
    private final AtomicLong generation = new AtomicLong();

    /**
     * Checks a request's editions: {@code from} is required, {@code to} defaults to the active edition; an unknown
     * name is a 404, and so is an unpublished edition (a dry run) without {@code dryRunsToo}, in the same words. With
     * {@code dryRunsToo}, an edition that exists but is not retained (failed or still importing) is a 400 saying so; a
     * pair of one edition with itself is a 400.
     */
    public EditionPair pair(String from, String to, boolean dryRunsToo) {
        if (from == null || from.isBlank()) {
            throw new InvalidInputException("Missing parameter from: the edition the codes come from");
        }
        RegionSnapshot source = retained(from.strip(), dryRunsToo);
        RegionSnapshot target = to == null || to.isBlank() ? snapshots.byName(null)
                : retained(to.strip(), dryRunsToo);
        if (source.edition().id() == target.edition().id()) {
            throw new InvalidInputException("from and to are both " + source.edition().name()
                    + ": a crosswalk links two different editions");
        }
        return new EditionPair(source, target);
    }

    @PostConstruct
    void keepRecentPairs() {
        kept = new EditionPairCache<>(cacheSize);
        steps = new EditionPairCache<>(() -> ready.all().size());
    }

    /**
     * The crosswalk of the pair. Two editions of one code system with others between them (by decree year,
     * {@link EditionChain}) are linked through the chain of consecutive editions, each step stored as any crosswalk;
     * the composed links are kept in memory only, since the steps make them again in well under a second.
     */
    public Crosswalk of(EditionPair pair) {
        EditionInfo from = pair.source().edition();
        EditionInfo to = pair.target().edition();
        // A staged candidate of a newer decree is no step of anybody's chain: only its own crosswalks pass through it.
        List<EditionInfo> chain = ready.all().stream()
                .filter(e -> e.published() || e.id() == from.id() || e.id() == to.id()).toList();
        List<EditionInfo> path = EditionChain.path(from, to, chain);
        if (path.isEmpty()) {
            return direct(kept, from, to, () -> pair);
        }
        if (path.size() == 2) {
            return direct(steps, from, to, () -> pair);
        }
        return kept.get(from.id(), to.id(), () -> {
            List<Crosswalk> chained = new ArrayList<>(path.size() - 1);
            for (int i = 1; i < path.size(); i++) {
                chained.add(step(path.get(i - 1), path.get(i)));
            }
            return ChainedCrosswalk.compose(chained).replacing(table.overrides(from, to));
        });
    }

    /** The direct crosswalk between two consecutive editions of a chain (or of any two editions). */
    public Crosswalk step(EditionInfo from, EditionInfo to) {
        return direct(steps, from, to, () -> new EditionPair(snapshots.byName(from.name(), true),
                snapshots.byName(to.name(), true)));
    }

    private Crosswalk direct(EditionPairCache<Crosswalk> cache, EditionInfo from, EditionInfo to,
                             Supplier<EditionPair> snapshotsIfComputed) {
        return cache.get(from.id(), to.id(), () -> table.load(from, to)
                .orElseGet(() -> computeAndStore(snapshotsIfComputed.get()))
                .replacing(table.overrides(from, to)));
    }

    /** The cluster poll's view of the overrides version: another node changed overrides when it moved. */
    public void followOverrides(long version) {
        if (seenOverridesVersion.getAndSet(version) != version) {
            forgetKept();
        }
    }

    /**
     * Grows whenever the crosswalks in memory are dropped (overrides or the ready editions changed), so what is built
     * from them (a translation into BPS codes) knows to build again.
     */
    public long generation() {
        return generation.get();
    }

    private void forgetKept() {
        kept.forgetAll();
        steps.forgetAll();
        generation.incrementAndGet();
    }

    private RegionSnapshot retained(String name, boolean dryRunsToo) {
        if (ready.named(name).isEmpty()) {
            // An edition that is not ready was never published: only who may see dry runs learns that it exists.
            Optional<Edition> known = dryRunsToo ? editions.findByName(name) : Optional.empty();
            if (known.isPresent()) {
                throw new InvalidInputException("Edition " + RegionCode.printable(name) + " is not retained (it is "
                        + known.get().getStatus() + "): a crosswalk links two ready editions");
            }
            throw new NotFoundException("Edition " + RegionCode.printable(name) + " not found");
        }
        return snapshots.byName(name, dryRunsToo);
    }

    private Crosswalk computeAndStore(EditionPair pair) {
        long started = System.nanoTime();
        Crosswalk computed = Crosswalk.between(pair.source(), pair.target());
        if (!table.save(computed)) {
            return table.load(pair.source().edition(), pair.target().edition()).orElse(computed);
        }
        LOG.info(() -> String.format("Crosswalk %s → %s: %d links, computed and stored in %d ms",
                pair.source().edition().name(), pair.target().edition().name(), computed.links().size(),
                (System.nanoTime() - started) / 1_000_000));
        return computed;
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        schedulePrecompute();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionsChanged changed) {
        forgetKept();
        schedulePrecompute();
    }

    /** The computed links stay stored; only the merged crosswalks in memory are dropped. */
    void onOverridesChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) OverridesChanged changed) {
        forgetKept();
    }

    /** One run at a time; a change during a run makes it run once more, so the last change is always covered. */
    private void schedulePrecompute() {
        if (!precompute) {
            return;
        }
        precomputeAgain.set(true);
        if (precomputing.compareAndSet(false, true)) {
            executor.execute(this::precomputeWhileAsked);
        }
    }

    private void precomputeWhileAsked() {
        try {
            while (precomputeAgain.getAndSet(false)) {
                precomputeWithActive();
            }
        } finally {
            precomputing.set(false);
        }
    }

    private void precomputeWithActive() {
        try {
            Optional<EditionInfo> active = editions.activeEdition();
            if (active.isEmpty()) {
                return;
            }
            List<EditionInfo> others = ready.refresh().stream().filter(e -> e.id() != active.get().id()).toList();
            for (EditionInfo other : others) {
                of(pair(other.name(), active.get().name(), true));
                of(pair(active.get().name(), other.name(), true));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Computing the crosswalks with the active edition failed; they will be computed"
                    + " when first asked for", e);
        }
    }
}
