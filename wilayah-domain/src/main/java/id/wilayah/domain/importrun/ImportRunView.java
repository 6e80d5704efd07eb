package id.wilayah.domain.importrun;

import java.time.Duration;
import java.time.Instant;

public record ImportRunView(long id, String editionName, String source, ImportStatus status, boolean dryRun,
                            String startedBy, Instant startedAt, Instant finishedAt, long rowsRead, long rowsWritten,
                            String message) {
    static ImportRunView of(ImportRun run) {
        return new ImportRunView(run.getId(), run.getEditionName(), run.getSource(), run.getStatus(), run.isDryRun(),
                run.getStartedBy(), run.getStartedAt(), run.getFinishedAt(), run.getRowsRead(), run.getRowsWritten(),
                run.getMessage());
    }

    /** Seconds the run took, or has taken so far. */
    public long durationSeconds() {
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toSeconds();
    }
}
