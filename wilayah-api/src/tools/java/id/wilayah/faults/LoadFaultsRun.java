package id.wilayah.faults;

import id.wilayah.faults.HealthPoller.Reading;
import id.wilayah.launcher.LocalWilayah;
import id.wilayah.launcher.StopWithParent;
import id.wilayah.testsupport.Directories;
import id.wilayah.testsupport.LoopbackPorts;
import id.wilayah.testsupport.ServerFiles;
import id.wilayah.testsupport.TestKeys;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bounded load-with-faults run: a fresh local Wilayah (home under target/, free loopback ports), 32 client threads
 * reading mixed endpoints for 3 minutes while {@link FaultSchedule} switches editions, rotates and revokes keys and
 * stops MariaDB for 30 s. Writes the Markdown summary to the report file and exits non-zero when any
 * check fails. Argument: the report file; the server's files come from the system properties
 * {@code wilayah.entrypoint} and {@code wilayah.app-dir}.
 */
public final class LoadFaultsRun {
    /**
     * Steady clients share the first-start key, and every client connects from 127.0.0.1, where a production
     * deployment sees one address per client: lift the per-key limit and the per-address limit of refused keys,
     * which the revoked key's clients would otherwise exhaust for everyone.
     */
    private static final Map<String, String> SERVER_CONFIGURATION = Map.of(
            "WILAYAH_KEYS_RATE_LIMIT_PER_MINUTE", "1000000000",
            "WILAYAH_KEYS_FAILED_ATTEMPTS_PER_MINUTE", "1000000000",
            // its faults start right after the first start, which would still be staging bps-2018
            "WILAYAH_IMPORT_INITIAL_STAGED_DATASETS", "none");
    /** Usage counters are written every 10 s; the data checks wait for the write after the last request. */
    private static final long USAGE_FLUSH_WAIT_MILLIS = 12_000;

    private final RunSettings settings;
    private final LocalWilayah wilayah;
    private final ErrorLog errors = new ErrorLog();
    private final List<Check> checks = new ArrayList<>();

    private LoadFaultsRun(RunSettings settings, LocalWilayah wilayah) {
        this.settings = settings;
        this.wilayah = wilayah;
    }

    public static void main(String[] args) {
        ServerFiles files = ServerFiles.fromSystemProperties();
        Path report = Path.of(args[0]);
        Path home = files.appDir().resolve("load-faults-home");
        int exit = 1;
        try {
            Directories.deleteRecursively(home);
            LocalWilayah wilayah = LocalWilayah.start(files, home, LoopbackPorts.free(), LoopbackPorts.free(),
                    SERVER_CONFIGURATION);
            Runnable stopServers = stopOnce(wilayah);
            Runtime.getRuntime().addShutdownHook(new Thread(stopServers, "stop-load-faults-servers"));
            StopWithParent.watch();
            try {
                wilayah.awaitReady();
                exit = new LoadFaultsRun(RunSettings.fromSystemProperties(), wilayah).run(report) ? 0 : 1;
            } finally {
                stopServers.run();
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.out.println("FAIL: " + e);
        }
        System.exit(exit);
    }

    private boolean run(Path reportFile) throws Exception {
        String base = wilayah.baseUrl();
        AdminApi admin = new AdminApi(base, TestKeys.adminKey(wilayah.database().jdbcUrl("wilayah")));
        Secret steady = new Secret("first-start key", wilayah.firstStartCredentials().getProperty("api.key"));
        JsonObject rotatedKey = admin.createReadKey("load: rotated");
        JsonObject revokedKey = admin.createReadKey("load: revoked");
        Secret rotatedOld = new Secret("rotated key's old secret", rotatedKey.getString("secret"));
        Secret revoked = new Secret("revoked key", revokedKey.getString("secret"));
        ClientKey rotated = new ClientKey(rotatedOld);

        long start = System.currentTimeMillis();
        Timeline timeline = new Timeline(start);
        EditionWindows windows = new EditionWindows(FaultSchedule.SERVING, start);
        EditionConsistency editions = new EditionConsistency(Set.of(FaultSchedule.SERVING, FaultSchedule.OTHER),
                windows);
        HealthPoller health = new HealthPoller(base);
        FaultSchedule schedule = new FaultSchedule(settings, admin, wilayah.database(), health, timeline, windows);
        List<LoadClient> clients = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            KeyUse use = switch (i % 8) {
                case 5 -> KeyUse.eager(rotated);
                case 6 -> KeyUse.lazy(rotated);
                case 7 -> KeyUse.eager(new ClientKey(revoked));
                default -> KeyUse.eager(new ClientKey(steady));
            };
            clients.add(new LoadClient(base, EndpointGroup.all(), use, schedule::phase, editions, errors,
                    settings.thinkMillis()));
        }
        Thread healthThread = new Thread(health, "health-poller");
        healthThread.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Thread thread = new Thread(clients.get(i), "load-client-" + i);
            threads.add(thread);
            thread.start();
        }
        timeline.record(start, settings.clients() + " clients started");
        try {
            schedule.run(rotated, rotatedKey.getJsonNumber("id").longValue(), revoked,
                    revokedKey.getJsonNumber("id").longValue());
            checks.add(Check.of("fault schedule completed", true, "import, activations, rotation, revocation,"
                    + " outage and recovery all done"));
        } catch (Exception e) {
            e.printStackTrace();
            checks.add(Check.of("fault schedule completed", false, e.toString()));
        }
        long end = Math.max(start + settings.duration().toMillis(),
                System.currentTimeMillis() + settings.minimumAfter().toMillis());
        Thread.sleep(Math.max(0, end - System.currentTimeMillis()));
        clients.forEach(LoadClient::stop);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        long loadEnd = System.currentTimeMillis();
        timeline.record(loadEnd, "clients stopped");
        health.stop();
        healthThread.join(10_000);
        List<Sample> samples = clients.stream().flatMap(client -> client.samples().stream()).toList();

        checkLoad(samples, steady, rotatedOld, revoked, editions, admin);
        checkHealth(health.readings(), schedule.outage(), timeline);
        Thread.sleep(USAGE_FLUSH_WAIT_MILLIS);
        try {
            Map<Secret, String> expected = new LinkedHashMap<>();
            expected.put(steady, "ACTIVE");
            expected.put(rotatedOld, "REPLACED");
            expected.put(rotated.current(), "ACTIVE");
            expected.put(revoked, "REVOKED");
            checks.addAll(new DataChecks(admin).run(expected));
        } catch (RuntimeException e) {
            checks.add(Check.of("data checks", false, e.toString()));
        }

        String markdown = new Report().render(settings, samples, schedule.phaseStarts(), loadEnd, timeline,
                health.readings(), checks, errors);
        System.out.println(markdown);
        Files.writeString(reportFile, markdown);
        System.out.println("Report written to " + reportFile);
        return checks.stream().allMatch(Check::passed);
    }

    private void checkLoad(List<Sample> samples, Secret steady, Secret rotatedOld, Secret revoked,
                           EditionConsistency editions, AdminApi admin) {
        long errorCount = samples.stream().filter(sample -> sample.outcome() == Outcome.ERROR).count();
        checks.add(Check.of("0 errors besides intended 401s", errorCount == 0,
                errorCount + " errors " + errors.counts()));
        checks.add(Check.of("refusals took effect", revoked.refusedCount() > 0 && rotatedOld.refusedCount() > 0
                        && steady.refusedCount() == 0,
                String.format("intended 401s: revoked key %,d, rotated key's old secret after its grace %,d",
                        revoked.refusedCount(), rotatedOld.refusedCount())));
        List<String> mismatches;
        try {
            mismatches = editions.verifyBodies(admin::pinned);
        } catch (RuntimeException e) {
            mismatches = List.of("bodies could not be compared: " + e);
        }
        long other = editions.editionsSeen(FaultSchedule.OTHER);
        long serving = editions.editionsSeen(FaultSchedule.SERVING);
        checks.add(Check.of("one edition per response", mismatches.isEmpty() && other > 0 && serving > 0
                        && !errors.counts().containsKey("edition"),
                String.format("%,d responses named %s and %,d named %s; every body equal to that edition's for its"
                                + " path (%d path/edition pairs)%s", serving, FaultSchedule.SERVING, other,
                        FaultSchedule.OTHER, editions.pairs(), mismatches.isEmpty() ? "" : ": " + mismatches)));
        Tally outage = new Tally();
        samples.stream().filter(sample -> sample.phase() == Phase.DB_OUTAGE).forEach(outage::add);
        checks.add(Check.of("reads served from memory during the outage", outage.ok() > 0 && outage.errors() == 0,
                String.format("%,d requests, %,d × 2xx, %,d errors", outage.requests(), outage.ok(),
                        outage.errors())));
    }

    private void checkHealth(List<Reading> readings, Outage outage, Timeline timeline) {
        if (!outage.happened()) {
            checks.add(Check.of("readiness follows the database", false, "the outage did not complete"));
            return;
        }
        Reading down = readings.stream().filter(reading -> reading.at() >= outage.stopped()
                        && reading.at() < outage.startRequested() && "DOWN".equals(reading.status())
                        && "DOWN".equals(reading.database()))
                .findFirst().orElse(null);
        boolean upBeforeStart = readings.stream().filter(reading -> reading.at() >= outage.stopRequested() - 5000
                && reading.at() < outage.stopRequested()).allMatch(reading -> "UP".equals(reading.status()));
        checks.add(Check.of("readiness DOWN while MariaDB is stopped", down != null && upBeforeStart,
                down == null ? "no DOWN reading with the database check DOWN during the outage"
                        : String.format("UP before; database DOWN from %.1f s, %.1f s after MariaDB stopped",
                        timeline.seconds(down.at()), (down.at() - outage.stopped()) / 1000.0)));
        Reading up = readings.stream().filter(reading -> reading.at() >= outage.startRequested()
                && "UP".equals(reading.status())).findFirst().orElse(null);
        Reading last = readings.isEmpty() ? null : readings.get(readings.size() - 1);
        checks.add(Check.of("readiness UP again after the restart", up != null && last != null
                        && "UP".equals(last.status()),
                up == null ? "never UP after the restart" : String.format("UP at %.1f s, %.1f s after MariaDB was"
                        + " started again; last reading %s", timeline.seconds(up.at()),
                        (up.at() - outage.startRequested()) / 1000.0, last.status())));
    }

    private static Runnable stopOnce(LocalWilayah wilayah) {
        AtomicBoolean stopped = new AtomicBoolean();
        return () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    wilayah.close();
                } catch (Exception e) {
                    System.out.println("Could not stop the servers cleanly: " + e);
                }
            }
        };
    }
}
