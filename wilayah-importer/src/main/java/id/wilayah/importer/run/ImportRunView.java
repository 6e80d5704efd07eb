package id.wilayah.importer.run;

import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.format.ValidationProblem;
import java.time.Instant;
import java.util.List;

/**
 * Everything the admin sees about one run: status, progress (rows per step, percent, elapsed), the validation report
 * (file, line, reason) and the diff against the edition that was active when it completed (null if none was).
 */
public record ImportRunView(long id, String edition, String source, String status, boolean dryRun, String startedBy,
                            Instant startedAt, Instant finishedAt, long elapsedMillis, long expectedRows,
                            long rowsRead, long rowsWritten, int percent, String message, List<StepProgress> steps,
                            int problemCount, List<ValidationProblem> problems, EditionDiff diff) {
}
