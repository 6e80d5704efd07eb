package id.wilayah.domain.crosswalk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.region.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainedCrosswalkTest {
    private static final EditionInfo E2020 = new EditionInfo(1, "kemendagri-2020", "KEMENDAGRI");
    private static final EditionInfo E2022 = new EditionInfo(2, "kemendagri-2022", "KEMENDAGRI");
    private static final EditionInfo E2025 = new EditionInfo(3, "kemendagri-2025", "KEMENDAGRI");

    @Test
    void aRegionRecodedTwiceIsFollowedWithTheProductOfItsConfidences() {
        Crosswalk first = new Crosswalk(E2020, E2022, List.of(
                link("9271", "9671", MatchKind.EXACT_NAME, 0.9)));
        Crosswalk second = new Crosswalk(E2022, E2025, List.of(
                link("9671", "9771", MatchKind.FUZZY_NAME, 0.8)));

        Crosswalk chained = ChainedCrosswalk.compose(List.of(first, second));

        assertEquals(E2020, chained.source());
        assertEquals(E2025, chained.target());
        assertEquals(List.of(link("9271", "9771", MatchKind.FUZZY_NAME, 0.72)), chained.linksOf("9271"));
    }

    @Test
    void aSplitFansOutToEveryPartAndEachPartIsFollowedFurther() {
        Crosswalk split = new Crosswalk(E2020, E2022, List.of(
                link("9101", "9301", MatchKind.SPLIT, 0.7),
                link("9101", "9302", MatchKind.SPLIT, 0.6)));
        Crosswalk renamed = new Crosswalk(E2022, E2025, List.of(
                link("9301", "9301", MatchKind.SAME_CODE, 1.0),
                link("9302", "9302", MatchKind.EXACT_NAME, 0.95)));

        List<CrosswalkLink> links = ChainedCrosswalk.compose(List.of(split, renamed)).linksOf("9101");

        assertEquals(List.of(link("9101", "9301", MatchKind.SPLIT, 0.7),
                link("9101", "9302", MatchKind.SPLIT, 0.57)), links);
    }

    @Test
    void aRegionReachedTwiceKeepsTheSurerPath() {
        Crosswalk split = new Crosswalk(E2020, E2022, List.of(
                link("9101", "9301", MatchKind.SPLIT, 0.5),
                link("9101", "9302", MatchKind.SPLIT, 0.9)));
        Crosswalk merged = new Crosswalk(E2022, E2025, List.of(
                link("9301", "9301", MatchKind.MERGED, 1.0),
                link("9302", "9301", MatchKind.MERGED, 1.0)));

        assertEquals(List.of(link("9101", "9301", MatchKind.SPLIT, 0.9)),
                ChainedCrosswalk.compose(List.of(split, merged)).linksOf("9101"));
    }

    @Test
    void aRegionRemovedOnTheWayHasNoCounterpart() {
        Crosswalk first = new Crosswalk(E2020, E2022, List.of(link("9101", "9101", MatchKind.SAME_CODE, 1.0)));
        Crosswalk second = new Crosswalk(E2022, E2025, List.of());

        assertEquals(List.of(), ChainedCrosswalk.compose(List.of(first, second)).linksOf("9101"));
    }

    @Test
    void sameCodeStaysSameCodeAndASplitAnywhereNamesTheLink() {
        assertEquals(MatchKind.SAME_CODE, ChainedCrosswalk.kind(MatchKind.SAME_CODE, MatchKind.SAME_CODE));
        assertEquals(MatchKind.EXACT_NAME, ChainedCrosswalk.kind(MatchKind.SAME_CODE, MatchKind.EXACT_NAME));
        assertEquals(MatchKind.SPLIT, ChainedCrosswalk.kind(MatchKind.SPLIT, MatchKind.FUZZY_NAME));
        assertEquals(MatchKind.SPLIT, ChainedCrosswalk.kind(MatchKind.MERGED, MatchKind.SPLIT));
    }

    private static CrosswalkLink link(String from, String to, MatchKind kind, double confidence) {
        return new CrosswalkLink(from.length() == 4 ? Level.REGENCY : Level.DISTRICT, from, to, kind, confidence);
    }
}
