package id.wilayah.importer.edition;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which ready editions to drop so that at most {@code retain} remain: the active one always stays, then the most
 * recently used (imported or activated), so the edition a rollback would go back to survives. An edition clients
 * depend on is never dropped, and is kept besides those rather than in the place of one, so that neither a dry run
 * evicts it nor it evicts the rollback's edition.
 */
public final class RetentionPolicy {
    /** {@code dependedOn}: keys or the crosswalk need the edition ({@link EditionRetention} says which). */
    public record Candidate(long id, Instant lastUsed, boolean dependedOn) {
    }

    private RetentionPolicy() {
    }

    public static List<Long> toDiscard(List<Candidate> ready, Long activeId, int retain) {
        boolean activeAmongThem = ready.stream().anyMatch(candidate -> candidate.id() == nullSafe(activeId));
        int othersToKeep = Math.max(0, Math.max(1, retain) - (activeAmongThem ? 1 : 0));
        return ready.stream()
                .filter(candidate -> candidate.id() != nullSafe(activeId) && !candidate.dependedOn())
                .sorted(Comparator.comparing(Candidate::lastUsed, Comparator.nullsLast(Comparator.reverseOrder())))
                .skip(othersToKeep)
                .map(Candidate::id)
                .toList();
    }

    private static long nullSafe(Long id) {
        return id == null ? -1 : id;
    }
}
