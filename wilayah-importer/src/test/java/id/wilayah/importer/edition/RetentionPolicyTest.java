package id.wilayah.importer.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    private static RetentionPolicy.Candidate edition(long id, int minute) {
        return new RetentionPolicy.Candidate(id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute));
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
}
