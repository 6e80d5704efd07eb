package id.wilayah.faults;

/** How one request ended, as the summary counts it. */
enum Outcome {
    OK,
    NOT_MODIFIED,
    /** A 401 for a secret that was revoked or whose rotation grace had passed: the refusal the run provokes. */
    INTENDED_401,
    ERROR
}
