package id.wilayah.bench.jpa;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.api.http.errors.FailureMapper;
import id.wilayah.api.http.json.JsonConfiguration;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Benchmark only, never in the product WAR: the read endpoints of the performance issue answered by a JPA query per
 * request, behind the same API-key filter, so the benchmark can show what the in-memory read model buys.
 */
@ApplicationPath("jpa")
public class JpaPerRequestApi extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(JpaRegionResource.class, ApiKeyFilter.class, JsonConfiguration.class,
                FailureMapper.class);
    }
}
