package id.wilayah.api.http.cost;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;

/** Too many expensive reads are running: the key's own (429) or the server's (503); either is over in moments. */
public class ExpensiveReadRefusedException extends FailureException {
    /** Expensive reads take well under a second once their data is prepared, so a retry soon finds a free slot. */
    static final long RETRY_AFTER_SECONDS = 1;

    private ExpensiveReadRefusedException(FailureKind kind, String message) {
        super(kind, message, RETRY_AFTER_SECONDS);
    }

    static ExpensiveReadRefusedException keyBusy(int perKey) {
        return new ExpensiveReadRefusedException(FailureKind.RATE_LIMITED, "This API key already runs " + perKey
                + " expensive requests (diff, export, fuzzy search); retry after " + RETRY_AFTER_SECONDS + " s");
    }

    static ExpensiveReadRefusedException serverBusy() {
        return new ExpensiveReadRefusedException(FailureKind.UNAVAILABLE, "The server is busy with expensive requests"
                + " (diff, export, fuzzy search); retry after " + RETRY_AFTER_SECONDS + " s");
    }
}
