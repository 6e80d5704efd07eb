package id.wilayah.importer.job;

/** Names shared by the job XML and the code that starts and observes the job. */
public final class ImportJob {
    public static final String NAME = "import-edition";
    public static final String RUN_ID = "runId";
    public static final String EDITION_ID = "editionId";
    public static final String DATASET = "dataset";
    public static final String ACTIVATE = "activate";

    private ImportJob() {
    }
}
