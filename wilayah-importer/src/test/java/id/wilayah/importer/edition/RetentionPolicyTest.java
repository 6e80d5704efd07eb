package id.wilayah.importer.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    private static RetentionPolicy.Candidate edition(long id, int minute) {
        return new RetentionPolicy.Candidate(id, at(minute), false);
    }

    private static RetentionPolicy.Candidate dependedOn(long id, int minute) {
        return new RetentionPolicy.Candidate(id, at(minute), true);
    }

    private static Instant at(int minute) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute);
    }

    @Test
    void keepsTheActiveEditionAndTheMostRecentlyUsedOthers() {
        List<RetentionPolicy.Candidate> ready = List.of(edition(1, 1), edition(2, 2), edition(3, 3), edition(4, 4),
                edition(5, 5));
        assertEquals(List.of(2L, 1L), RetentionPolicy.toDiscard(ready, 3L, 3));
    }

    @Test
    void theActiveEditionStaysEvenWhenItIsTheOldest() {
        List<RetentionPolicy.Candidate> ready = List.of(edition(1, 1), edition(2, 2), edition(3, 3));
        assertEquals(List.of(2L), RetentionPolicy.toDiscard(ready, 1L, 2));
    }

    @Test
    void dropsNothingWithinTheLimit() {
        assertEquals(List.of(), RetentionPolicy.toDiscard(List.of(edition(1, 1), edition(2, 2)), 1L, 3));
    }

    /**
     * Issue 22, finding 7: the first start activates kemendagri-2025 (1) and stages bps-2018 (2), which BPS keys are
     * translated through; dry runs (3, 4, 5) follow. They never evict bps-2018, only each other.
     */
    @Test
    void dryRunsNeverEvictTheStagedBpsEdition() {
        List<RetentionPolicy.Candidate> ready = List.of(dependedOn(1, 1), dependedOn(2, 2), edition(3, 3),
                edition(4, 4));
        assertEquals(List.of(), RetentionPolicy.toDiscard(ready, 1L, 3));
        List<RetentionPolicy.Candidate> oneMore = List.of(dependedOn(1, 1), dependedOn(2, 2), edition(3, 3),
                edition(4, 4), edition(5, 5));
        assertEquals(List.of(3L), RetentionPolicy.toDiscard(oneMore, 1L, 3));
    }

    @Test
    void anEditionClientsDependOnTakesNoPlaceOfTheRollbacksEdition() {
        List<RetentionPolicy.Candidate> ready = List.of(dependedOn(1, 1), edition(2, 2), edition(3, 3));
        assertEquals(List.of(), RetentionPolicy.toDiscard(ready, 3L, 2), "2 is what a rollback returns to");
    }
}
