package id.wilayah.domain.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.region.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pairing rules: only one-to-one links give a region the other system's code. */
class CodeMapTest {
    private static CrosswalkLink link(Level level, String from, String to, MatchKind kind) {
        return new CrosswalkLink(level, from, to, kind, 1.0);
    }

    private static CodeMap map(List<CrosswalkLink> links, String... otherCodes) {
        return CodeMap.of(links, Map.of(Level.PROVINCE, Set.of(otherCodes), Level.REGENCY, Set.of(otherCodes)));
    }

    @Test
    void aRegionMatchedByNameGetsTheOtherCodeAndTheRegionWithThatCodeHereDoesNot() {
        CodeMap map = map(List.of(link(Level.REGENCY, "1101", "1109", MatchKind.EXACT_NAME)), "1101");
        assertEquals(Optional.of("1101"), map.otherCode(Level.REGENCY, "1109"));
        assertEquals(Optional.of("1109"), map.ownCode(Level.REGENCY, "1101"));
        assertEquals(Optional.empty(), map.otherCode(Level.REGENCY, "1101"), "ACEH SELATAN has no counterpart");
        assertTrue(map.usedByOther(Level.REGENCY, "1101"), "so its own code 1101 means SIMEULUE over there");
        assertFalse(map.usedByOther(Level.REGENCY, "1109"));
    }

    @Test
    void aSplitRegionIsPairedWithItsNamesakeOnlyAndTheNewPartsKeepTheirCodes() {
        CodeMap map = map(List.of(link(Level.PROVINCE, "94", "91", MatchKind.EXACT_NAME),
                link(Level.PROVINCE, "94", "93", MatchKind.SPLIT), link(Level.PROVINCE, "94", "94", MatchKind.SPLIT)),
                "94");
        assertEquals(Optional.of("94"), map.otherCode(Level.PROVINCE, "91"));
        assertEquals(Optional.empty(), map.otherCode(Level.PROVINCE, "93"));
        assertEquals(Optional.empty(), map.otherCode(Level.PROVINCE, "94"), "PAPUA TENGAH is not PAPUA");
    }

    @Test
    void aRegionRenamedOutrightIsPairedThroughItsOnlyLink() {
        CodeMap map = map(List.of(link(Level.REGENCY, "1212", "1212", MatchKind.SPLIT)), "1212");
        assertEquals(Optional.of("1212"), map.otherCode(Level.REGENCY, "1212"));
    }

    @Test
    void aMergedRegionGivesItsCodeToNobodyAndTheNamesakeKeepsItsPair() {
        CodeMap map = map(List.of(link(Level.REGENCY, "1301", "1305", MatchKind.EXACT_NAME),
                link(Level.REGENCY, "1302", "1305", MatchKind.MERGED)), "1301", "1302");
        assertEquals(Optional.of("1301"), map.otherCode(Level.REGENCY, "1305"));
        assertEquals(Optional.empty(), map.ownCode(Level.REGENCY, "1302"));
    }

    @Test
    void aRegionClaimedTwiceIsPairedWithNeither() {
        CodeMap map = map(List.of(link(Level.REGENCY, "1301", "1305", MatchKind.FUZZY_NAME),
                link(Level.REGENCY, "1302", "1305", MatchKind.FUZZY_NAME)), "1301", "1302");
        assertEquals(Optional.empty(), map.otherCode(Level.REGENCY, "1305"));
        assertEquals(Optional.empty(), map.ownCode(Level.REGENCY, "1301"));
        assertEquals(Optional.empty(), map.ownCode(Level.REGENCY, "1302"));
    }

    @Test
    void aRegionSplitBetweenTwoNamesakesStaysUnpaired() {
        CodeMap map = map(List.of(link(Level.REGENCY, "1301", "1305", MatchKind.EXACT_NAME),
                link(Level.REGENCY, "1301", "1306", MatchKind.MANUAL)), "1301");
        assertEquals(Optional.empty(), map.ownCode(Level.REGENCY, "1301"));
    }
}
