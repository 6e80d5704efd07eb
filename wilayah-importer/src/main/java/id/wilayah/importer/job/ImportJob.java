package id.wilayah.importer.job;

import id.wilayah.importer.validation.EditionValidation;
import jakarta.batch.runtime.context.JobContext;

/** Names shared by the job XML and the code that starts and observes the job. */
public final class ImportJob {
    public static final String NAME = "import-edition";
    public static final String RUN_ID = "runId";
    public static final String EDITION_ID = "editionId";
    public static final String SOURCE = "source";
    public static final String ACTIVATE = "activate";

    private ImportJob() {
    }

    /** The rules and report of this job execution, shared by its steps (created by {@link ImportJobListener}). */
    static EditionValidation validation(JobContext jobContext) {
        return (EditionValidation) jobContext.getTransientUserData();
    }
}
