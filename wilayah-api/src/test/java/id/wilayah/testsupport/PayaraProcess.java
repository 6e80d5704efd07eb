package id.wilayah.testsupport;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second server on the integration tests' database, started as a child process so a test can kill it hard
 * (SIGKILL, as a crash or power loss would) and start it again. Only ever stops the process it started.
 */
public final class PayaraProcess implements AutoCloseable {
    private final Path rootDir;
    private final int port;
    private Process process;
    private int starts;

    public PayaraProcess(String name) throws IOException {
        this.rootDir = Path.of(System.getProperty("wilayah.it.home"), name);
        this.port = LoopbackPorts.free();
    }

    public WilayahServer start() throws IOException, InterruptedException {
        Files.createDirectories(rootDir);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC",
                "-jar", System.getProperty("payara.microJar"),
                "--nocluster",
                "--port", Integer.toString(port),
                "--prebootcommandfile", System.getProperty("wilayah.it.preboot"),
                // A fresh runtime directory per start, so nothing the killed instance left in Payara's own files
                // shapes the restart: the state under test lives in MariaDB. (With the killed one's directory the
                // restarted server once answered 503 after it looked ready.)
                "--rootdir", rootDir.resolve("payara-" + ++starts).toString(),
                "--deploy", System.getProperty("wilayah.it.war"),
                "--contextroot", "/"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(rootDir.resolve("server.log").toFile()));
        // The child inherits WILAYAH_DB_URL, WILAYAH_HOME etc. from the failsafe JVM: same database, same home.
        process = builder.start();
        return new WilayahServer(url()).awaitReady();
    }

    /** Kills the server without any chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private URL url() throws MalformedURLException {
        return new URL("http://127.0.0.1:" + port + "/");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
