package id.wilayah.faults;

/** Stages of the run; a request counts in the stage during which it started. */
enum Phase {
    BEFORE("before"),
    IMPORT_ACTIVATION("import + activation"),
    KEY_ROTATION("key rotation + revocation"),
    DB_OUTAGE("database outage"),
    AFTER("after");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
