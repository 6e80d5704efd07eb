package id.wilayah.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Watches Arquillian's start of Payara Micro for a test class. A start that hangs fails its class only when
 * Arquillian's timeout runs out, and Arquillian neither says where it hung nor stops the process. So a start still
 * not deployed after {@link #PATIENCE} gets the threads that tell (the main thread, ours, the blocked ones) dumped with
 * jcmd and printed at once, and again when the run ends (as a launcher session listener), where the tail of a CI log
 * shows them. A class whose deployment failed has its Payara Micro stopped, so that it holds no connections or locks
 * while failsafe runs the class again.
 */
public final class HungStartWatch
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, LauncherSessionListener {
    private static final Duration PATIENCE = Duration.ofSeconds(150);
    private static final int LINES_PER_THREAD = 30;
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(HungStartWatch.class);
    private static final List<String> REPORTS = new CopyOnWriteArrayList<>();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "hung-start-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** One class's start: when it began, the report due if it is not deployed by then, and whether it was. */
    private static final class Start {
        private final Instant began = Instant.now();
        private ScheduledFuture<?> report;
        private volatile boolean deployed;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Start start = new Start();
        String testClass = context.getDisplayName();
        start.report = TIMER.schedule(() -> report(testClass, start.began), PATIENCE.toSeconds(), TimeUnit.SECONDS);
        context.getStore(NAMESPACE).put(Start.class, start);
    }

    /** The first test runs only once the deployment is done. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Start start = context.getStore(NAMESPACE).get(Start.class, Start.class);
        start.deployed = true;
        start.report.cancel(false);
    }

    /** After Arquillian's own (extensions end in reverse order), which leaves a failed deployment's process running. */
    @Override
    public void afterAll(ExtensionContext context) {
        Start start = context.getStore(NAMESPACE).get(Start.class, Start.class);
        start.report.cancel(false);
        if (!start.deployed) {
            payaraStartedSince(start.began).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Prints the reports of the whole run again, so they follow the last test class's output. */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        REPORTS.forEach(System.out::println);
    }

    /** Arquillian's own: it deploys from its temporary directory (servers of classes running beside it do not). */
    private static Stream<ProcessHandle> payaraStartedSince(Instant began) {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("arquillian-payara-micro"))
                .filter(process -> process.info().startInstant().map(at -> !at.isBefore(began)).orElse(false));
    }

    private static void report(String testClass, Instant began) {
        String heading = "==== " + testClass + ": Payara Micro not deployed " + PATIENCE.toSeconds()
                + " s after its start";
        String report = payaraStartedSince(began).findFirst()
                .map(process -> heading + " (pid " + process.pid() + "); its telling threads:\n"
                        + tellingThreads(threadDump(process.pid())))
                .orElse(heading + ": its process has exited (see its output above)");
        REPORTS.add(report);
        System.out.println(report);
    }

    private static String threadDump(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor(30, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "jcmd failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A full dump is longer than a CI log's tail; these threads show where a start waits. */
    static String tellingThreads(String dump) {
        return Arrays.stream(dump.split("\n\\s*\n"))
                .filter(thread -> thread.startsWith("\"main\"") || thread.contains("id.wilayah")
                        || thread.contains("BLOCKED") || thread.contains("liquibase") || thread.contains("jdbc"))
                .map(thread -> thread.lines().limit(LINES_PER_THREAD).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }
}
