package id.wilayah.faults;

import java.util.concurrent.atomic.LongAdder;

/**
 * One API key secret the clients present, and from when the server may and must refuse it (wall-clock millis). The
 * exact instant a revocation or the end of a rotation's grace takes effect lies between the admin request being sent
 * and its answer, so a refusal counts as intended once it can have happened, and an acceptance as an error once the
 * refusal must have happened.
 */
final class Secret {
    /** Slack for clock reading and millisecond rounding between this process and the server. */
    private static final long TOLERANCE_MILLIS = 1000;

    private final String label;
    private final String value;
    private volatile long refusableFrom = Long.MAX_VALUE;
    private volatile long refusedFrom = Long.MAX_VALUE;
    private final LongAdder served = new LongAdder();
    private final LongAdder refused = new LongAdder();

    Secret(String label, String value) {
        this.label = label;
        this.value = value;
    }

    String label() {
        return label;
    }

    String value() {
        return value;
    }

    /** The secret may stop working from this instant on (wall-clock millis); set before asking for it. */
    void mayEndFrom(long earliest) {
        refusableFrom = earliest;
    }

    /** The secret has stopped working by this instant (wall-clock millis); set once the server confirmed it. */
    void endedBy(long latest) {
        refusedFrom = latest;
    }

    boolean refusalIntended(long requestEnd) {
        return requestEnd >= refusableFrom - TOLERANCE_MILLIS;
    }

    boolean acceptanceAllowed(long requestStart) {
        return requestStart - TOLERANCE_MILLIS <= refusedFrom;
    }

    /** Counts a request the server authenticated with this secret, to compare with the server's usage counter. */
    void served() {
        served.increment();
    }

    long servedCount() {
        return served.sum();
    }

    void refused() {
        refused.increment();
    }

    long refusedCount() {
        return refused.sum();
    }
}
