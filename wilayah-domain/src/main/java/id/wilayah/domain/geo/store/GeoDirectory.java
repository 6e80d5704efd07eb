package id.wilayah.domain.geo.store;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.failure.ServiceUnavailableException;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.region.Level;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The geo read models of editions, loaded in the background so that neither activation nor start-up waits for them:
 * until an edition's model is in memory its geography answers 503 and detail responses carry no coordinates. The
 * model of the active edition is loaded on activation; a pinned edition's on first use. At most
 * {@value #MODELS_KEPT} models are kept, least recently used first out, since a national model is one of the largest
 * things in the heap (wilayah-api/benchmarks/geo.md).
 */
@ApplicationScoped
public class GeoDirectory {
    private static final Logger LOG = Logger.getLogger(GeoDirectory.class.getName());
    private static final int MODELS_KEPT = 2;

    @Inject
    GeometryStore store;

    @Resource
    ManagedExecutorService executor;

    private final Map<Long, GeoModel> models = new LinkedHashMap<>(4, 0.75f, true);
    private final Set<Long> loading = ConcurrentHashMap.newKeySet();
    private final Set<Long> importing = ConcurrentHashMap.newKeySet();

    /** The edition's model if it is in memory; otherwise starts loading it and answers empty. */
    public Optional<GeoModel> ifLoaded(EditionInfo edition) {
        GeoModel model;
        synchronized (models) {
            model = models.get(edition.id());
        }
        if (model == null) {
            prepare(edition);
        }
        return Optional.ofNullable(model);
    }

    /** The edition's model, or a 503 naming why it is not there yet. */
    public GeoModel require(EditionInfo edition) {
        return ifLoaded(edition).orElseThrow(() -> new ServiceUnavailableException(importing.contains(edition.id())
                ? "The geography of edition " + edition.name() + " is still being imported; try again in a minute"
                : "The geography of edition " + edition.name() + " is being loaded; try again shortly"));
    }

    /** Starts loading the edition's model in the background unless it is loaded, loading or being imported. */
    public void prepare(EditionInfo edition) {
        synchronized (models) {
            if (models.containsKey(edition.id())) {
                return;
            }
        }
        if (importing.contains(edition.id()) || !loading.add(edition.id())) {
            return;
        }
        executor.submit(() -> load(edition));
    }

    private void load(EditionInfo edition) {
        try {
            long started = System.nanoTime();
            GeoModel model = store.load(edition.id());
            synchronized (models) {
                models.put(edition.id(), model);
                while (models.size() > MODELS_KEPT) {
                    models.remove(models.keySet().iterator().next());
                }
            }
            LOG.info(() -> String.format("Geography of edition %s in memory (%s), loaded in %d ms", edition.name(),
                    describe(model), (System.nanoTime() - started) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not load the geography of edition " + edition.name(), e);
        } finally {
            loading.remove(edition.id());
        }
    }

    /** Shapes of the edition are being written after its activation: do not load a partial model meanwhile. */
    public void importStarted(long editionId) {
        importing.add(editionId);
        synchronized (models) {
            models.remove(editionId);
        }
    }

    public void importEnded(long editionId) {
        importing.remove(editionId);
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        prepare(new EditionInfo(activated.editionId(), activated.name(), null));
    }

    /** For health: whether the edition's geography is served, loading, being imported, or absent. */
    public String status(EditionInfo edition) {
        if (importing.contains(edition.id())) {
            return "importing";
        }
        Optional<GeoModel> model = ifLoaded(edition);
        if (model.isEmpty()) {
            return "loading";
        }
        return model.get().isEmpty() ? "none" : "available (" + describe(model.get()) + ")";
    }

    private static String describe(GeoModel model) {
        return java.util.Arrays.stream(Level.values())
                .map(level -> model.level(level).size() + " " + level.label())
                .collect(Collectors.joining(", "));
    }
}
