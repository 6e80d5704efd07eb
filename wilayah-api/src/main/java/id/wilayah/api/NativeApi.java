package id.wilayah.api;

import id.wilayah.api.admin.AdminKeysResource;
import id.wilayah.api.admin.EditionActivationResource;
import id.wilayah.api.admin.ImportsResource;
import id.wilayah.api.codes.CodesFilter;
import id.wilayah.api.crosswalk.CrosswalkExportResource;
import id.wilayah.api.crosswalk.CrosswalkResource;
import id.wilayah.api.editions.EditionDiffResource;
import id.wilayah.api.editions.EditionsResource;
import id.wilayah.api.editions.ExportResource;
import id.wilayah.api.editions.MetaResource;
import id.wilayah.api.geo.BoundaryResource;
import id.wilayah.api.geo.GeoExportResource;
import id.wilayah.api.geo.NearbyResource;
import id.wilayah.api.geo.ReverseResource;
import id.wilayah.api.history.HistoryResource;
import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.api.http.caching.EditionCaching;
import id.wilayah.api.http.cost.ExpensiveReadFilter;
import id.wilayah.api.http.cors.CorsFilter;
import id.wilayah.api.http.errors.FailureMapper;
import id.wilayah.api.http.errors.UnexpectedExceptionMapper;
import id.wilayah.api.http.errors.WebApplicationExceptionMapper;
import id.wilayah.api.http.json.JsonConfiguration;
import id.wilayah.api.http.json.JsonDepthLimit;
import id.wilayah.api.metrics.RequestMetricsFilter;
import id.wilayah.api.nik.NikResource;
import id.wilayah.api.odoo.KecamatanResource;
import id.wilayah.api.odoo.KelurahanResource;
import id.wilayah.api.odoo.KodeposResource;
import id.wilayah.api.odoo.KotaResource;
import id.wilayah.api.odoo.ProvinsiResource;
import id.wilayah.api.odoo.SearchResource;
import id.wilayah.api.odoo.WhoAmIResource;
import id.wilayah.api.pulau.PulauResource;
import id.wilayah.api.resolve.ResolveResource;
import id.wilayah.api.tiles.TilesResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The native, Odoo-compatible surface at /api. Classes are listed explicitly because the WAR holds more than one
 * JAX-RS application (each surface has its own error shape).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Wilayah", version = "1.0",
                description = "Indonesia's administrative regions (provinsi, kota/kabupaten, kecamatan, kelurahan/desa "
                        + "and postal codes). Every data request needs an X-API-Key header. Any data request may add "
                        + "?edition=NAME to be answered by another retained edition (see /api/editions); the "
                        + "X-Wilayah-Edition response header names the edition that answered. Data responses carry an "
                        + "ETag and honour If-None-Match.",
                license = @License(name = "Data: MIT (cahyadsn/wilayah, emsifa/api-wilayah-indonesia)",
                        url = "https://opensource.org/license/mit")),
        security = @SecurityRequirement(name = "apiKey"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "apiKey",
                type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = ApiKeyFilter.HEADER)))
public class NativeApi extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ProvinsiResource.class, KotaResource.class, KecamatanResource.class, KelurahanResource.class,
                KodeposResource.class, SearchResource.class, NikResource.class, WhoAmIResource.class,
                EditionsResource.class, EditionDiffResource.class, MetaResource.class, ExportResource.class,
                CrosswalkResource.class, CrosswalkExportResource.class, ResolveResource.class,
                AdminKeysResource.class, ImportsResource.class, EditionActivationResource.class,
                BoundaryResource.class, ReverseResource.class, NearbyResource.class, GeoExportResource.class,
                PulauResource.class, HistoryResource.class, TilesResource.class,
                CorsFilter.class, ApiKeyFilter.class, CodesFilter.class, EditionCaching.class, JsonConfiguration.class,
                JsonDepthLimit.class, ExpensiveReadFilter.class, RequestMetricsFilter.class,
                FailureMapper.class, WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class);
    }

    /**
     * Jersey's multipart support ships with Payara but is off by default; import uploads need it for EntityPart.
     * Without WADL (see {@link NusantaraApi#getProperties}).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.media.multipart.MultiPartFeature",
                NusantaraApi.WADL_DISABLED, true);
    }
}
