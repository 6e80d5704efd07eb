package id.wilayah.domain.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.crosswalk.TestEdition;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {
    /** Kota Sorong moved from Papua Barat to the new Papua Barat Daya in 2022; Sorong Utara was split in 2022. */
    private final RegionSnapshot y2016 = new TestEdition("kemendagri-2016")
            .region("92", null, "PAPUA BARAT").region("9271", "92", "KOTA SORONG")
            .region("927101", "9271", "SORONG").region("927102", "9271", "SORONG UTARA")
            .region("927103", "9271", "SORONG LAMA").region("927104", "9271", "DOOM").snapshot();
    private final RegionSnapshot y2020 = new TestEdition("kemendagri-2020")
            .region("92", null, "PAPUA BARAT").region("9271", "92", "KOTA SORONG")
            .region("927101", "9271", "SORONG").region("927102", "9271", "SORONG UTARA").snapshot();
    private final RegionSnapshot y2022 = new TestEdition("kemendagri-2022")
            .region("92", null, "PAPUA BARAT").region("96", null, "PAPUA BARAT DAYA")
            .region("9671", "96", "KOTA SORONG").region("967101", "9671", "SORONG")
            .region("967102", "9671", "SORONG UTARA").region("967103", "9671", "MALADUM MES").snapshot();
    private final RegionSnapshot y2025 = new TestEdition("kemendagri-2025")
            .region("92", null, "PAPUA BARAT").region("96", null, "PAPUA BARAT DAYA")
            .region("9671", "96", "KOTA SORONG").region("967101", "9671", "SORONG KOTA")
            .region("967102", "9671", "SORONG UTARA").region("967103", "9671", "MALADUM MES")
            .region("967104", "9671", "KLAURUNG").snapshot();
    private final List<RegionSnapshot> editions = List.of(y2016, y2020, y2022, y2025);
    private final List<Crosswalk> steps = List.of(
            new Crosswalk(y2016.edition(), y2020.edition(), List.of(
                    link(Level.REGENCY, "9271", "9271", MatchKind.SAME_CODE, 1.0),
                    link(Level.DISTRICT, "927101", "927101", MatchKind.SAME_CODE, 1.0),
                    link(Level.DISTRICT, "927102", "927102", MatchKind.SAME_CODE, 1.0),
                    link(Level.DISTRICT, "927103", "927101", MatchKind.MERGED, 0.8))),
            new Crosswalk(y2020.edition(), y2022.edition(), List.of(
                    link(Level.REGENCY, "9271", "9671", MatchKind.EXACT_NAME, 1.0),
                    link(Level.DISTRICT, "927101", "967101", MatchKind.EXACT_NAME, 1.0),
                    link(Level.DISTRICT, "927102", "967102", MatchKind.EXACT_NAME, 1.0),
                    link(Level.DISTRICT, "927102", "967103", MatchKind.SPLIT, 0.7))),
            new Crosswalk(y2022.edition(), y2025.edition(), List.of(
                    link(Level.REGENCY, "9671", "9671", MatchKind.SAME_CODE, 1.0),
                    link(Level.DISTRICT, "967101", "967101", MatchKind.FUZZY_NAME, 0.9),
                    link(Level.DISTRICT, "967102", "967102", MatchKind.SAME_CODE, 1.0),
                    link(Level.DISTRICT, "967103", "967103", MatchKind.SAME_CODE, 1.0))));
    private final Timeline.Chain chain = new Timeline.Chain() {
        @Override
        public int size() {
            return editions.size();
        }

        @Override
        public String editionName(int index) {
            return editions.get(index).edition().name();
        }

        @Override
        public Optional<Region> region(int index, Level level, String code) {
            return editions.get(index).level(level).find(code).map(Region.class::cast);
        }

        @Override
        public Crosswalk step(int index) {
            return steps.get(index);
        }
    };

    @Test
    void kotaSorongIsRecodedInto9671WhenPapuaBaratDayaIsCreated() {
        assertEquals(List.of(
                entry("kemendagri-2016", "9271", "KOTA SORONG", "92", HistoryEvent.SAME),
                entry("kemendagri-2020", "9271", "KOTA SORONG", "92", HistoryEvent.SAME),
                entry("kemendagri-2022", "9671", "KOTA SORONG", "96", HistoryEvent.RECODED),
                entry("kemendagri-2025", "9671", "KOTA SORONG", "96", HistoryEvent.SAME)),
                Timeline.of(chain, 3, Level.REGENCY, "9671"));
    }

    @Test
    void aPartOfASplitNamesTheOtherParts() {
        List<HistoryEntry> history = Timeline.of(chain, 3, Level.DISTRICT, "967103");

        assertEquals(List.of("kemendagri-2016", "kemendagri-2020", "kemendagri-2022", "kemendagri-2025"),
                history.stream().map(HistoryEntry::edition).toList());
        HistoryEntry split = history.get(2);
        assertEquals(HistoryEvent.SPLIT_FROM, split.event());
        assertEquals(List.of(new HistoryEntry.Other("967102", "SORONG UTARA")), split.with());
        assertEquals("927102", history.get(1).code());
    }

    @Test
    void aMergeNamesTheRegionsMergedInAndARenameIsSaid() {
        List<HistoryEntry> history = Timeline.of(chain, 3, Level.DISTRICT, "967101");

        assertEquals(HistoryEvent.MERGED_INTO, history.get(1).event());
        assertEquals(List.of(new HistoryEntry.Other("927103", "SORONG LAMA")), history.get(1).with());
        assertEquals(HistoryEvent.RECODED, history.get(2).event());
        assertEquals(entry("kemendagri-2025", "967101", "SORONG KOTA", "9671", HistoryEvent.RENAMED),
                history.get(3));
    }

    @Test
    void aRegionNoOlderEditionLeadsToIsCreated() {
        assertEquals(List.of(entry("kemendagri-2025", "967104", "KLAURUNG", "9671", HistoryEvent.CREATED)),
                Timeline.of(chain, 3, Level.DISTRICT, "967104"));
    }

    @Test
    void aRegionAskedInAnOlderEditionIsFollowedForwardsToItsRemoval() {
        List<HistoryEntry> history = Timeline.of(chain, 0, Level.DISTRICT, "927103");

        assertEquals(List.of(entry("kemendagri-2016", "927103", "SORONG LAMA", "9271", HistoryEvent.SAME),
                new HistoryEntry("kemendagri-2020", "927101", "SORONG", "9271", HistoryEvent.MERGED_INTO,
                        List.of(new HistoryEntry.Other("927101", "SORONG"))),
                entry("kemendagri-2022", "967101", "SORONG", "9671", HistoryEvent.RECODED),
                entry("kemendagri-2025", "967101", "SORONG KOTA", "9671", HistoryEvent.RENAMED)), history);
    }

    @Test
    void aRegionWithoutCounterpartInTheNextEditionIsRemovedThere() {
        assertEquals(List.of(entry("kemendagri-2016", "927104", "DOOM", "9271", HistoryEvent.SAME),
                entry("kemendagri-2020", "927104", "DOOM", "9271", HistoryEvent.REMOVED)),
                Timeline.of(chain, 0, Level.DISTRICT, "927104"));
    }

    private static HistoryEntry entry(String edition, String code, String name, String parent, HistoryEvent event) {
        return new HistoryEntry(edition, code, name, parent, event, List.of());
    }

    private static CrosswalkLink link(Level level, String from, String to, MatchKind kind, double confidence) {
        return new CrosswalkLink(level, from, to, kind, confidence);
    }
}
