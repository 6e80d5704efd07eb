package id.wilayah.api.http.cors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which browser origins may call the API (wilayah.cors.allowed-origins, comma-separated; none by default). */
@ApplicationScoped
public class CorsPolicy {
    @Inject
    @ConfigProperty(name = "wilayah.cors.allowed-origins")
    Optional<String> allowedOrigins;

    private Set<String> origins;

    public boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        if (origins == null) {
            origins = allowedOrigins.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                    .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        }
        return origins.contains("*") || origins.contains(origin);
    }
}
