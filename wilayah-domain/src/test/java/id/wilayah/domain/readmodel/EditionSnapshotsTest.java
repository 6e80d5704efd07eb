package id.wilayah.domain.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.edition.event.EditionsChanged;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ?edition=} is answered from memory: the list of ready editions is read once, then again only after a change. */
class EditionSnapshotsTest {
    private static final EditionInfo OLDER = new EditionInfo(1, "kemendagri-2023", "KEMENDAGRI");
    private static final EditionInfo ACTIVE = new EditionInfo(2, "kemendagri-2025", "KEMENDAGRI");
    private static final EditionInfo NEWER = new EditionInfo(3, "kemendagri-2026", "KEMENDAGRI");

    private final CountingEditions database = new CountingEditions();
    private final ReadyEditions ready = new ReadyEditions();
    private final EditionSnapshots snapshots = new EditionSnapshots();
    private int loads;
    private int rowReads;

    @BeforeEach
    void wire() {
        SnapshotLoader loader = new SnapshotLoader() {
            @Override
            public Optional<Region> region(EditionInfo edition, Level level, String code) {
                rowReads++;
                return Optional.empty();
            }

            @Override
            public RegionSnapshot load(EditionInfo edition) {
                loads++;
                return new RegionSnapshot(edition, List.of(), List.of(), List.of(), List.of());
            }
        };
        RegionDirectory directory = new RegionDirectory();
        directory.editions = database;
        directory.loader = loader;
        directory.loadActiveEdition();
        ready.editions = database;
        snapshots.directory = directory;
        snapshots.editions = ready;
        snapshots.loader = loader;
        snapshots.cacheSize = 2;
    }

    @Test
    void aRepeatedlyNamedEditionIsLookedUpOnce() {
        RegionSnapshot first = snapshots.byName("kemendagri-2023");
        for (int i = 0; i < 5; i++) {
            assertSame(first, snapshots.byName(" kemendagri-2023 "));
        }
        assertEquals(OLDER, first.edition());
        assertEquals(1, database.queries);
    }

    @Test
    void anUnknownNameIsNotFoundWithoutAQueryEachTime() {
        for (int i = 0; i < 3; i++) {
            assertThrows(NotFoundException.class, () -> snapshots.byName("kemendagri-1999"));
        }
        assertEquals(1, database.queries);
    }

    @Test
    void anEditionReadyOrDroppedOnThisNodeIsSeenAtOnce() {
        assertThrows(NotFoundException.class, () -> snapshots.byName("kemendagri-2026"));
        database.ready.add(NEWER);
        ready.onChange(new EditionsChanged());
        assertEquals(NEWER, snapshots.byName("kemendagri-2026").edition());

        database.ready.remove(OLDER);
        ready.onActivation(new EditionActivated(ACTIVE.id(), ACTIVE.name()));
        assertThrows(NotFoundException.class, () -> snapshots.byName("kemendagri-2023"));
    }

    @Test
    void aChangeOnAnotherNodeIsSeenAtTheNextClusterPollAndAnOutageKeepsTheList() {
        snapshots.byName("kemendagri-2023");
        database.ready.add(NEWER);
        ready.refresh();
        assertEquals(NEWER, snapshots.byName("kemendagri-2026").edition());

        database.reachable = false;
        assertThrows(IllegalStateException.class, ready::refresh);
        assertEquals(OLDER, snapshots.byName("kemendagri-2023").edition());
    }

    @Test
    void stagedEditionsOlderThanAServedOneArePublishedAsHistoryNewerOnesStayCandidates() {
        EditionInfo staged2016 = new EditionInfo(4, "kemendagri-2016", "KEMENDAGRI", false);
        EditionInfo candidate2026 = new EditionInfo(5, "kemendagri-2026", "KEMENDAGRI", false);
        database.ready.addAll(List.of(staged2016, candidate2026));
        ready.refresh();

        assertEquals(true, ready.named("kemendagri-2016").orElseThrow().published());
        assertEquals(false, ready.named("kemendagri-2026").orElseThrow().published());
        assertThrows(NotFoundException.class, () -> snapshots.byName("kemendagri-2026"));
        assertEquals("kemendagri-2016", snapshots.byName("kemendagri-2016").edition().name());
    }

    @Test
    void theLineageIsNewestFirstByDecreeYearAndLoadsNothing() {
        database.ready.add(new EditionInfo(4, "kemendagri-2016", "KEMENDAGRI", false));
        database.ready.add(new EditionInfo(6, "bps-2018", "BPS"));
        database.ready.add(new EditionInfo(7, "upload-old", "KEMENDAGRI"));
        database.ready.add(new EditionInfo(8, "upload-new", "KEMENDAGRI"));
        ready.refresh();
        int loadsBefore = loads;

        assertEquals(List.of("kemendagri-2023", "kemendagri-2016", "upload-new", "upload-old"),
                snapshots.lineage(CodeSystem.KEMENDAGRI, ACTIVE).stream().map(EditionInfo::name).toList());
        assertEquals(loadsBefore, loads);
    }

    @Test
    void aCodeOfAnEditionNotInMemoryIsLookedUpByItsRowWithoutLoadingTheEdition() {
        int loadsBefore = loads;

        assertEquals(false, snapshots.has(OLDER, Level.DISTRICT, "920199"));
        assertEquals(false, snapshots.has(ACTIVE, Level.DISTRICT, "920199"));

        assertEquals(loadsBefore, loads);
        assertEquals(1, rowReads, "the active edition is asked in memory");
    }

    private static final class CountingEditions extends EditionService {
        final List<EditionInfo> ready = new ArrayList<>(List.of(OLDER, ACTIVE));
        int queries;
        boolean reachable = true;

        @Override
        public Optional<EditionInfo> activeEdition() {
            return Optional.of(ACTIVE);
        }

        @Override
        public List<EditionInfo> ready() {
            if (!reachable) {
                throw new IllegalStateException("database unreachable");
            }
            queries++;
            return List.copyOf(ready);
        }
    }
}
