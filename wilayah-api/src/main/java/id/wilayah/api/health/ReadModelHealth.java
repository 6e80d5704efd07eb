package id.wilayah.api.health;

import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once an edition is loaded in memory and the web module serves; names the edition, its counts and whether its
 * geography is served yet ({@code importing}, {@code loading}, {@code available (...)} or {@code none}), which does not
 * affect readiness: the region API serves without it.
 */
@Readiness
@ApplicationScoped
public class ReadModelHealth implements HealthCheck {
    @Inject
    RegionDirectory directory;

    @Inject
    WebModuleState webModule;

    @Inject
    GeoDirectory geography;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("read-model");
        Optional<RegionSnapshot> snapshot = directory.currentIfLoaded();
        if (snapshot.isEmpty()) {
            return builder.down().withData("reason", "no edition loaded yet (first import running?)").build();
        }
        if (!webModule.isServing()) {
            return builder.down().withData("reason", "the web application is still starting").build();
        }
        var counts = snapshot.get().counts();
        return builder.up()
                .withData("edition", snapshot.get().edition().name())
                .withData("provinces", counts.provinces())
                .withData("regencies", counts.regencies())
                .withData("districts", counts.districts())
                .withData("villages", counts.villages())
                .withData("geography", geography.status(snapshot.get().edition()))
                .build();
    }
}
