package id.wilayah.importer.job;

import id.wilayah.importer.EditionManagement;
import id.wilayah.importer.EditionRetention;
import id.wilayah.importer.ImportRunService;
import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Last step. A run with any rejected line is rejected and its staging rows removed: nothing is activated. Otherwise
 * the edition is marked ready with its counts and code system, diffed against the active edition, activated unless
 * this is a dry run, and editions beyond the retention limit are dropped.
 */
@Named
@Dependent
public class CompleteEditionBatchlet extends AbstractBatchlet {
    public static final String REJECTED = "REJECTED";

    @Inject
    JobContext jobContext;

    @Inject
    ImportRunService runs;

    @Inject
    EditionManagement editions;

    @Inject
    EditionRetention retention;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    @BatchProperty
    String activate;

    @Override
    public String process() {
        long run = Long.parseLong(runId);
        long edition = Long.parseLong(editionId);
        EditionValidation validation = ImportJob.validation(jobContext);
        if (validation.report().hasProblems()) {
            runs.reject(run, validation.report());
            return REJECTED;
        }
        runs.stage(run, validation.codeSystem());
        EditionDiff diff = editions.diffAgainstActive(edition).orElse(null);
        if (Boolean.parseBoolean(activate)) {
            editions.activate(edition, runs.startedBy(run));
        }
        runs.complete(run, diff);
        retention.prune();
        return "COMPLETED";
    }
}
