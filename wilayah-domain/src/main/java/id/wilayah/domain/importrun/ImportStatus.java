package id.wilayah.domain.importrun;

/** RUNNING until the job ends; REJECTED when the files broke a rule (nothing imported); FAILED on a crash or kill. */
public enum ImportStatus {
    RUNNING,
    COMPLETED,
    REJECTED,
    FAILED;

    public boolean finished() {
        return this != RUNNING;
    }
}
