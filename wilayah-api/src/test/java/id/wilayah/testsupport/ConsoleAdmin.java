package id.wilayah.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The password of the console's first-start administrator {@code admin}. The first login must replace the printed
 * password; a test that does so records the new one here, so every later test class (same database) can log in.
 */
public final class ConsoleAdmin {
    public static final String USERNAME = "admin";
    private static final String FILE_NAME = "console-admin.properties";

    private ConsoleAdmin() {
    }

    /** The current password: the recorded one after a change, else the first-start one. */
    public static String password() {
        Path file = file();
        if (!Files.exists(file)) {
            return WilayahServer.firstStartCredentials().getProperty("admin.password");
        }
        return PropertiesFiles.read(file).getProperty("admin.password");
    }

    public static boolean passwordChanged() {
        return Files.exists(file());
    }

    public static void recordPasswordChange(String newPassword) {
        Properties recorded = new Properties();
        recorded.setProperty("admin.password", newPassword);
        try (var writer = Files.newBufferedWriter(file())) {
            recorded.store(writer, "admin password after the forced change at first login");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file() {
        return Path.of(System.getProperty("wilayah.it.home"), FILE_NAME);
    }
}
