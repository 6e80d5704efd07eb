package id.wilayah.importer.job;

import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.edition.EditionManagement;
import id.wilayah.importer.edition.EditionRetention;
import id.wilayah.importer.run.ImportRunService;
import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Last step. A run with any rejected line is rejected and its staging rows removed: nothing is activated. Otherwise
 * the edition is marked ready with its counts and code system, diffed against the active edition, activated unless
 * this is a dry run, and editions beyond the retention limit are dropped.
 */
@Named
@Dependent
public class CompleteEditionBatchlet extends AbstractBatchlet {
    public static final String REJECTED = "REJECTED";
    private static final Logger LOG = Logger.getLogger(CompleteEditionBatchlet.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ImportRunService runs;

    @Inject
    EditionManagement editions;

    @Inject
    EditionRetention retention;


    @Override
    public String process() {
        long run = ImportJob.runId(jobContext);
        long edition = ImportJob.editionId(jobContext);
        EditionValidation validation = ImportJob.validation(jobContext);
        if (validation.report().hasProblems()) {
            runs.reject(run, validation.report());
            return REJECTED;
        }
        long started = System.nanoTime();
        runs.stage(run, validation.codeSystem());
        long staged = System.nanoTime();
        EditionDiff diff = editions.diffAgainstActive(edition).orElse(null);
        long diffed = System.nanoTime();
        if (ImportJob.activates(jobContext)) {
            editions.activate(edition, runs.startedBy(run));
        }
        long activated = System.nanoTime();
        // Retention before the run is reported complete: a client that saw COMPLETED sees the editions it leaves.
        retention.prune();
        runs.complete(run, diff);
        LOG.info(() -> String.format("Import run %d completed: counted in %d ms, diffed in %d ms, activated in %d ms,"
                + " retention applied in %d ms", run, (staged - started) / 1_000_000, (diffed - staged) / 1_000_000,
                (activated - diffed) / 1_000_000, (System.nanoTime() - activated) / 1_000_000));
        return "COMPLETED";
    }
}
