package id.wilayah.domain.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EditionChainTest {
    private static final EditionInfo K2025 = new EditionInfo(1, "kemendagri-2025", "KEMENDAGRI");
    private static final EditionInfo BPS = new EditionInfo(2, "bps-2018", "BPS");
    private static final EditionInfo K2016 = new EditionInfo(3, "kemendagri-2016", "KEMENDAGRI");
    private static final EditionInfo K2023 = new EditionInfo(4, "kemendagri-2023", "KEMENDAGRI");
    private static final EditionInfo K2020 = new EditionInfo(5, "kemendagri-2020", "KEMENDAGRI");
    private static final EditionInfo TRIAL = new EditionInfo(6, "trial", "KEMENDAGRI");
    /** Import order of a first start: the current edition, then the staged ones. */
    private static final List<EditionInfo> READY = List.of(K2025, BPS, K2016, K2023, K2020, TRIAL);

    @Test
    void editionsAreOrderedByTheirDecreeYearNotByImport() {
        assertEquals(List.of(K2016, K2020, K2023, K2025), EditionChain.of(K2025, READY));
    }

    @Test
    void aPathRunsThroughEveryEditionBetweenItsEndsInTheDirectionOfTravel() {
        assertEquals(List.of(K2016, K2020, K2023, K2025), EditionChain.path(K2016, K2025, READY));
        assertEquals(List.of(K2025, K2023, K2020), EditionChain.path(K2025, K2020, READY));
        assertEquals(List.of(K2023, K2025), EditionChain.path(K2023, K2025, READY));
    }

    @Test
    void editionsOfAnotherCodeSystemAreLinkedDirectly() {
        assertEquals(List.of(), EditionChain.path(BPS, K2025, READY));
    }

    @Test
    void anEditionWithoutAYearIsOnlyAnEndOfItsOwnChain() {
        assertEquals(List.of(K2016, K2020, K2023, K2025, TRIAL), EditionChain.of(TRIAL, READY));
        EditionInfo otherTrial = new EditionInfo(10, "another-trial", "KEMENDAGRI");
        assertEquals(List.of(TRIAL, otherTrial), EditionChain.path(TRIAL, otherTrial, READY));
        assertEquals(List.of(otherTrial, K2025), EditionChain.path(otherTrial, K2025, READY));
        assertEquals(OptionalInt.of(2023), EditionChain.year("kemendagri-2023"));
        assertEquals(OptionalInt.empty(), EditionChain.year("trial"));
        assertEquals(OptionalInt.empty(), EditionChain.year("upload-123456"));
    }

    @Test
    void stagedEditionsOfOlderDecreesArePublishedAsHistoryAndANewerCandidateIsNot() {
        EditionInfo staged2016 = new EditionInfo(7, "kemendagri-2016", "KEMENDAGRI", false);
        EditionInfo candidate2026 = new EditionInfo(8, "kemendagri-2026", "KEMENDAGRI", false);
        EditionInfo stagedUpload = new EditionInfo(9, "trial-upload", "KEMENDAGRI", false);
        EditionInfo dryRunWithAYear = new EditionInfo(10, "console-2023", "KEMENDAGRI", false);

        List<EditionInfo> ready = EditionChain.withHistoryPublished(List.of(K2025, staged2016, candidate2026,
                stagedUpload, dryRunWithAYear));

        assertEquals(List.of(true, true, false, false, false),
                ready.stream().map(EditionInfo::published).toList());
    }
}
