package id.wilayah.domain.lifecycle;

import id.wilayah.domain.admin.AdminPasswordChanged;
import id.wilayah.domain.admin.AdminUserService;
import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.IssuedKey;
import id.wilayah.domain.apikey.KeyHasher;
import id.wilayah.domain.apikey.KeySpec;
import id.wilayah.domain.apikey.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * There is no default password and no default key: on the first start the server makes an administrator and one read
 * key with random secrets and leaves them (owner-readable only) in the home directory, the way Jenkins leaves its
 * initial admin password. Secrets never go to the log, which is often shipped elsewhere; the log says where the file is
 * and the run command prints its content. Once the administrator has replaced the temporary password it is removed
 * from the file, so the run command stops printing a password that no longer works; the key stays.
 */
@ApplicationScoped
public class FirstStartCredentials {
    public static final String FILE_NAME = "first-start-credentials.properties";
    private static final Logger LOG = Logger.getLogger(FirstStartCredentials.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    AdminUserService admins;

    @Inject
    ApiKeyService keys;

    @Inject
    WilayahHome home;

    @Inject
    @ConfigProperty(name = "wilayah.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /** One transaction: if the file cannot be written, no account or key exists whose secret nobody knows. */
    @Transactional
    public void createIfFirstStart() {
        if (admins.anyAdminExists() || keys.anyKeyExists()) {
            return;
        }
        String password = KeyHasher.newSecret().substring(4, 24);
        admins.createWithTemporaryPassword("admin", password, SYSTEM);
        IssuedKey key = keys.create(
                new KeySpec("initial read key", null, "created at first start", Scope.READ, null, null, null), SYSTEM);
        Path file = writeFile(password, key.secret());
        LOG.warning(() -> """

                ================================================================
                 Wilayah first start: created administrator 'admin' and the
                 read API key %s… . Their secrets are in
                   %s
                 (readable only by this account; the run command prints them).
                 Admin console %s/admin/ asks for a new password at first login.
                ================================================================
                """.formatted(key.prefix(), file, publicUrl));
    }

    void forgetReplacedPassword(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdminPasswordChanged changed) {
        Path file = file();
        if (!Files.exists(file)) {
            return;
        }
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            credentials.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (changed.username().equals(credentials.getProperty("admin.username"))
                && credentials.containsKey("admin.password")) {
            write(file, content(changed.username(), null, credentials.getProperty("api.key")));
        }
    }

    private Path writeFile(String password, String apiKey) {
        Path file = file();
        write(file, content("admin", password, apiKey));
        return file;
    }

    /** The file's lines; without the password once the administrator has replaced it. */
    private static String content(String username, String password, String apiKey) {
        return "admin.username=" + username + "\n" + (password == null ? "" : "admin.password=" + password + "\n")
                + "api.key=" + apiKey + "\n";
    }

    private Path file() {
        return home.path().resolve(FILE_NAME);
    }

    private void write(Path file, String content) {
        try {
            Files.createDirectories(home.path());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content);
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("Cannot write the first-start credentials to " + file, e);
        }
    }
}
