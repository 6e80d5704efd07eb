package id.wilayah.faults;

import id.wilayah.testsupport.EmbeddedMariaDb;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The faults, one after another while the clients keep reading: (a) import of another edition, which activates it on
 * completion, then activation back; (b) rotation of one key and revocation of another; (c) MariaDB stopped and started
 * again. Each step is bounded by a timeout; a failed step ends the schedule and fails the run.
 */
final class FaultSchedule {
    static final String SERVING = "kemendagri-2025";
    static final String OTHER = "kemendagri-2023";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration READY_AGAIN_TIMEOUT = Duration.ofSeconds(60);

    private final RunSettings settings;
    private final AdminApi admin;
    private final EmbeddedMariaDb db;
    private final HealthPoller health;
    private final Timeline timeline;
    private final EditionWindows windows;
    private final Map<Phase, Long> phaseStarts = new EnumMap<>(Phase.class);
    private volatile Phase phase = Phase.BEFORE;
    private volatile Outage outage = Outage.NONE;

    FaultSchedule(RunSettings settings, AdminApi admin, EmbeddedMariaDb db, HealthPoller health, Timeline timeline,
                  EditionWindows windows) {
        this.settings = settings;
        this.admin = admin;
        this.db = db;
        this.health = health;
        this.timeline = timeline;
        this.windows = windows;
        phaseStarts.put(Phase.BEFORE, timeline.start());
    }

    Phase phase() {
        return phase;
    }

    Outage outage() {
        return outage;
    }

    synchronized Map<Phase, Long> phaseStarts() {
        return Map.copyOf(phaseStarts);
    }

    void run(ClientKey rotated, long rotatedId, Secret revoked, long revokedId) throws Exception {
        Thread.sleep(settings.before().toMillis());
        switchEditions();
        rotateAndRevoke(rotated, rotatedId, revoked, revokedId);
        stopDatabase();
        enter(Phase.AFTER);
    }

    private void switchEditions() throws InterruptedException {
        enter(Phase.IMPORT_ACTIVATION);
        long requested = System.currentTimeMillis();
        windows.opening(OTHER, requested);
        long run = admin.startImport(OTHER);
        timeline.record(requested, "import of " + OTHER + " started over REST (run " + run + ")");
        JsonObject result = admin.awaitRun(run, IMPORT_TIMEOUT);
        long observed = System.currentTimeMillis();
        if (!"COMPLETED".equals(result.getString("status"))) {
            throw new IllegalStateException("import run " + run + " ended " + result);
        }
        windows.closed(SERVING, observed);
        timeline.record(observed, String.format("import completed (%,d rows in %,d ms) and activated %s",
                result.getJsonNumber("rowsWritten").longValue(), result.getJsonNumber("elapsedMillis").longValue(),
                OTHER));
        Thread.sleep(settings.otherEditionHeld().toMillis());
        requested = System.currentTimeMillis();
        windows.opening(SERVING, requested);
        admin.activate(SERVING);
        long answered = System.currentTimeMillis();
        windows.closed(OTHER, answered);
        timeline.record(answered, "activated " + SERVING + " again over REST (" + (answered - requested) + " ms)");
        Thread.sleep(SETTLE.toMillis());
    }

    private void rotateAndRevoke(ClientKey rotated, long rotatedId, Secret revoked, long revokedId)
            throws InterruptedException {
        enter(Phase.KEY_ROTATION);
        Secret old = rotated.current();
        long requested = System.currentTimeMillis();
        old.mayEndFrom(requested + settings.grace().toMillis());
        JsonObject successor = admin.rotate(rotatedId, settings.grace());
        long answered = System.currentTimeMillis();
        old.endedBy(answered + settings.grace().toMillis());
        rotated.rotatedTo(new Secret("rotated key's successor", successor.getString("secret")));
        timeline.record(answered, "key #" + rotatedId + " rotated (grace " + settings.grace().toSeconds()
                + " s): eager clients switch now, lazy ones when refused");
        revoked.mayEndFrom(System.currentTimeMillis());
        admin.revoke(revokedId);
        answered = System.currentTimeMillis();
        revoked.endedBy(answered);
        timeline.record(answered, "key #" + revokedId + " revoked");
        Thread.sleep(settings.rotationHeld().toMillis());
    }

    private void stopDatabase() throws Exception {
        enter(Phase.DB_OUTAGE);
        long stopRequested = System.currentTimeMillis();
        timeline.record(stopRequested, "stopping MariaDB");
        db.stopKeepingData();
        long stopped = System.currentTimeMillis();
        timeline.record(stopped, "MariaDB stopped");
        outage = new Outage(stopRequested, stopped, 0, 0);
        Thread.sleep(settings.outage().toMillis());
        long startRequested = System.currentTimeMillis();
        timeline.record(startRequested, "starting MariaDB (same data directory)");
        db.startAgain();
        long started = System.currentTimeMillis();
        timeline.record(started, "MariaDB accepts connections again");
        outage = new Outage(stopRequested, stopped, startRequested, started);
        if (!health.awaitUp(started, READY_AGAIN_TIMEOUT)) {
            throw new IllegalStateException("/health/ready not UP within " + READY_AGAIN_TIMEOUT + " of the restart");
        }
        timeline.record("/health/ready UP again");
    }

    private void enter(Phase next) {
        long at = System.currentTimeMillis();
        synchronized (this) {
            phaseStarts.put(next, at);
        }
        phase = next;
        timeline.record(at, "phase: " + next.label());
    }
}
