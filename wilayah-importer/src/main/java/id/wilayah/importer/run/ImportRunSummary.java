package id.wilayah.importer.run;

import java.time.Instant;

/** One line of the import history. */
public record ImportRunSummary(long id, String edition, String source, String status, boolean dryRun,
                               String startedBy, Instant startedAt, Instant finishedAt, long rowsRead,
                               long rowsWritten, int problemCount, String message) {
}
