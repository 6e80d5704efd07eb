package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import java.util.List;
import java.util.function.Function;

/**
 * The ready editions, their snapshots and the directory serving the active one over a stand-in for the database,
 * wired as CDI wires them, for tests of other packages that name editions.
 */
public final class FixedEditions {
    public final ReadyEditions ready = new ReadyEditions();
    public final EditionSnapshots snapshots = new EditionSnapshots();
    public final RegionDirectory directory = new RegionDirectory();

    /** Editions without regions. */
    public FixedEditions(EditionService database) {
        this(database, edition -> new RegionSnapshot(edition, List.of(), List.of(), List.of(), List.of()));
    }

    public FixedEditions(EditionService database, Function<EditionInfo, RegionSnapshot> regions) {
        SnapshotLoader loader = new SnapshotLoader() {
            @Override
            public RegionSnapshot load(EditionInfo edition) {
                return regions.apply(edition);
            }
        };
        directory.editions = database;
        directory.loader = loader;
        directory.loadActiveEdition();
        ready.editions = database;
        snapshots.directory = directory;
        snapshots.editions = ready;
        snapshots.loader = loader;
        snapshots.cacheSize = 2;
    }
}
