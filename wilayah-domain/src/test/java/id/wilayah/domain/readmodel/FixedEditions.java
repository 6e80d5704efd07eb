package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import java.util.List;

/**
 * The ready editions and their snapshots (without regions) over a stand-in for the database, wired as CDI wires them,
 * for tests of other packages that name editions.
 */
public final class FixedEditions {
    public final ReadyEditions ready = new ReadyEditions();
    public final EditionSnapshots snapshots = new EditionSnapshots();

    public FixedEditions(EditionService database) {
        SnapshotLoader loader = new SnapshotLoader() {
            @Override
            public RegionSnapshot load(EditionInfo edition) {
                return new RegionSnapshot(edition, List.of(), List.of(), List.of(), List.of());
            }
        };
        RegionDirectory directory = new RegionDirectory();
        directory.editions = database;
        directory.loader = loader;
        directory.serving = new RecordedEvents<>();
        directory.loadActiveEdition();
        ready.editions = database;
        snapshots.directory = directory;
        snapshots.editions = ready;
        snapshots.loader = loader;
        snapshots.cacheSize = 2;
    }
}
