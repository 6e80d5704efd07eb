package id.wilayah.importer.island;

import id.wilayah.importer.job.ImportJob;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * The import job's step after the villages: the source's islands are checked against the accepted provinces and
 * regencies and stored; a problem joins the run's report, so completion rejects the whole run. Skipped when the
 * regions already have problems, since their codes are what the islands are checked against.
 */
@Named
@Dependent
public class IslandStepBatchlet extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Inject
    IslandImport islands;

    @Override
    public String process() {
        Properties job = jobContext.getProperties();
        EditionValidation validation = (EditionValidation) jobContext.getTransientUserData();
        if (validation.report().hasProblems()) {
            return "SKIPPED";
        }
        islands.importIslands(Long.parseLong(job.getProperty(ImportJob.EDITION_ID)),
                ImportSource.of(job.getProperty(ImportJob.SOURCE)), validation::record);
        return "COMPLETED";
    }
}
