package id.wilayah.api;

import id.wilayah.api.codes.CodesFilter;
import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.api.http.caching.EditionCaching;
import id.wilayah.api.http.cors.CorsFilter;
import id.wilayah.api.http.errors.FailureMapper;
import id.wilayah.api.http.errors.UnexpectedExceptionMapper;
import id.wilayah.api.http.errors.WebApplicationExceptionMapper;
import id.wilayah.api.http.json.JsonConfiguration;
import id.wilayah.api.metrics.RequestMetricsFilter;
import id.wilayah.api.nusantara.KabupatenList;
import id.wilayah.api.nusantara.KecamatanList;
import id.wilayah.api.nusantara.KelurahanList;
import id.wilayah.api.nusantara.ProvinsiList;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The wilayah-nusantara-compatible surface at /nusantara: same data, auth and caching as /api, but its own item
 * shapes and its own {statusCode, message} errors, which is why it is a separate application.
 */
@ApplicationPath("nusantara")
public class NusantaraApi extends Application {
    static final String WADL_DISABLED = "jersey.config.server.wadl.disableWadl";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ProvinsiList.class, KabupatenList.class, KecamatanList.class, KelurahanList.class,
                CorsFilter.class, ApiKeyFilter.class, CodesFilter.class, EditionCaching.class, JsonConfiguration.class,
                RequestMetricsFilter.class,
                FailureMapper.class, WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class);
    }

    /**
     * Jersey describes each application in WADL unless told not to: nobody asks for it (the API is described by
     * OpenAPI), and building its JAXB model cost seconds of every start (wilayah-api/benchmarks/start-up.md).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(WADL_DISABLED, true);
    }
}
