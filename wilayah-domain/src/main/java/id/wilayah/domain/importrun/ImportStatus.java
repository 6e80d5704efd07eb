package id.wilayah.domain.importrun;

public enum ImportStatus {
    RUNNING,
    COMPLETED,
    FAILED;

    public boolean finished() {
        return this != RUNNING;
    }
}
