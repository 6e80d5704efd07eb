package id.wilayah.domain.platform;

import id.wilayah.domain.admin.AdminUserService;
import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.IssuedKey;
import id.wilayah.domain.apikey.KeyHasher;
import id.wilayah.domain.apikey.KeySpec;
import id.wilayah.domain.apikey.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * There is no default password and no default key: on the first start the server makes an administrator and one read
 * key with random secrets, prints them once, and leaves them (owner-readable only) in the home directory, the way
 * Jenkins leaves its initial admin password, so an operator who missed the console can still find them.
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

    public void createIfFirstStart() {
        if (admins.anyAdminExists() || keys.anyKeyExists()) {
            return;
        }
        String password = KeyHasher.newSecret().substring(4, 24);
        admins.createWithTemporaryPassword("admin", password, SYSTEM);
        IssuedKey key = keys.create(
                new KeySpec("initial read key", null, "created at first start", Scope.READ, null, null), SYSTEM);
        String banner = """

                ================================================================
                 Wilayah first start: save these now, they are shown only once.
                   Admin console : %s/admin/
                   Username      : admin
                   Password      : %s   (you must change it at first login)
                   API key       : %s   (scope read)
                   Try it        : curl -H 'X-API-Key: %s' %s/api/provinsi
                ================================================================
                """.formatted(publicUrl, password, key.secret(), key.secret(), publicUrl);
        LOG.warning(banner);
        writeFile(password, key.secret());
    }

    private void writeFile(String password, String apiKey) {
        Path file = home.path().resolve(FILE_NAME);
        try {
            Files.createDirectories(home.path());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, "admin.username=admin\nadmin.password=" + password + "\napi.key=" + apiKey + "\n");
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning("Could not write " + file + " (" + e.getMessage() + "); the credentials above are the only copy");
        }
    }
}
