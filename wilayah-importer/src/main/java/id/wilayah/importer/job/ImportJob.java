package id.wilayah.importer.job;

import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.util.Arrays;

/**
 * Names shared by the job XML and the code that starts and observes the job, and the job parameters as its artifacts
 * read them: the job XML hands every parameter to the job's own properties once, so no step repeats them.
 */
public final class ImportJob {
    public static final String NAME = "import-edition";
    public static final String RUN_ID = "runId";
    public static final String EDITION_ID = "editionId";
    public static final String SOURCE = "source";
    public static final String ACTIVATE = "activate";
    /** {@value #DEFERRED_GEOMETRY} on the first start: boundaries are stored after activation, not before. */
    public static final String GEOMETRY = "geometry";
    public static final String DEFERRED_GEOMETRY = "deferred";

    private ImportJob() {
    }

    /** The rules and report of this job execution, shared by its steps (created by {@link ImportJobListener}). */
    static EditionValidation validation(JobContext jobContext) {
        return (EditionValidation) jobContext.getTransientUserData();
    }

    static long runId(JobContext jobContext) {
        return Long.parseLong(jobContext.getProperties().getProperty(RUN_ID));
    }

    static long editionId(JobContext jobContext) {
        return Long.parseLong(jobContext.getProperties().getProperty(EDITION_ID));
    }

    static ImportSource source(JobContext jobContext) {
        return ImportSource.of(jobContext.getProperties().getProperty(SOURCE));
    }

    static boolean activates(JobContext jobContext) {
        return Boolean.parseBoolean(jobContext.getProperties().getProperty(ACTIVATE));
    }

    /** The file a chunk step imports: each such step is named after its file. */
    static RegionFile file(StepContext stepContext) {
        return Arrays.stream(RegionFile.values())
                .filter(file -> file.baseName().equals(stepContext.getStepName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No region file for step " + stepContext.getStepName()));
    }
}
