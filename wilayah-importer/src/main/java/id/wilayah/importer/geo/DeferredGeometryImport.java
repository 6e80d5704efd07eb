package id.wilayah.importer.geo;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.geo.store.GeometryStore;
import id.wilayah.domain.region.Level;
import id.wilayah.importer.diff.EditionDiffCache;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.ImportSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start's boundaries, stored in the background once the bundled edition is active, so the region API is
 * ready as soon as the regions are. Only the levels named by {@code wilayah.import.initial-geometry-levels} are
 * imported, each in one transaction. A later start completes what is missing: levels a stopped server did not finish,
 * and the whole pack for an installation whose bundled edition was imported by a version without boundaries. A
 * problem (impossible for the bundled pack, which the build checks) keeps that level out and is logged; the regions
 * stay active without it.
 */
@ApplicationScoped
public class DeferredGeometryImport {
    private static final Logger LOG = Logger.getLogger(DeferredGeometryImport.class.getName());

    @Inject
    GeometryImport geometryImport;

    @Inject
    GeometryStore store;

    @Inject
    GeoDirectory geography;

    @Inject
    EditionDiffCache diffs;

    @Inject
    @ConfigProperty(name = "wilayah.import.initial-dataset", defaultValue = "kemendagri-2025")
    String initialDataset;

    @Inject
    @ConfigProperty(name = "wilayah.import.initial-geometry-levels",
            defaultValue = "provinsi,kota,kecamatan,kelurahan")
    String initialLevels;

    @Resource
    ManagedExecutorService executor;

    private final Map<Long, ImportSource> pending = new ConcurrentHashMap<>();

    void afterActivation(long editionId, ImportSource source) {
        pending.put(editionId, source);
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        ImportSource source = pending.remove(activated.editionId());
        if (source != null) {
            EditionInfo edition = new EditionInfo(activated.editionId(), activated.name(), null);
            executor.submit(() -> importInBackground(edition, source, levels(initialLevels)));
        }
    }

    /** At start-up: stores the configured levels the active bundled edition lacks, in the background. */
    public void completeIfMissing(EditionInfo active) {
        if (!active.name().equals(initialDataset)
                || Arrays.stream(BundledDataset.values()).noneMatch(d -> d.datasetName().equals(initialDataset))) {
            return;
        }
        Set<Level> missing = levels(initialLevels);
        missing.removeAll(store.counts(active.id()).keySet());
        if (!missing.isEmpty()) {
            geography.importStarted(active.id());
            executor.submit(() -> importInBackground(active, BundledDataset.named(initialDataset), missing));
        }
    }

    private void importInBackground(EditionInfo edition, ImportSource source, Set<Level> levels) {
        List<ValidationProblem> problems = new ArrayList<>();
        try {
            LOG.info(() -> "Importing the geography of " + edition.name() + " in the background: " + levels);
            geometryImport.importLevels(edition.id(), source, levels, problems::add);
            if (!problems.isEmpty()) {
                LOG.severe(() -> "The geography of " + edition.name() + " has problems; the level with the first"
                        + " and the levels after it were not stored: " + problems);
            }
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Could not import the geography of " + edition.name(), e);
        } finally {
            // The only time an edition's boundaries change after it is ready: diffs counted before are stale.
            diffs.forget(edition.id());
            geography.importEnded(edition.id());
            geography.prepare(edition);
        }
    }

    /** Level labels as the API names them ({@code provinsi,kota,kecamatan,kelurahan}); blank for none. */
    static Set<Level> levels(String labels) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (String label : labels.split(",")) {
            if (!label.isBlank()) {
                levels.add(Arrays.stream(Level.values()).filter(level -> level.label().equals(label.strip()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(
                                "wilayah.import.initial-geometry-levels: unknown level '" + label.strip() + "'")));
            }
        }
        return levels;
    }
}
