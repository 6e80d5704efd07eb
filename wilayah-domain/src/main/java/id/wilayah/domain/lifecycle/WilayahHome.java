package id.wilayah.domain.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's own directory for files an operator reads (first-start credentials); not the database. */
@ApplicationScoped
public class WilayahHome {
    @Inject
    @ConfigProperty(name = "wilayah.home", defaultValue = "${user.home}/.wilayah")
    String home;

    public Path path() {
        return Path.of(home);
    }
}
