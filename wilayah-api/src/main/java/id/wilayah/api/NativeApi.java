package id.wilayah.api;

import id.wilayah.api.admin.AdminKeysResource;
import id.wilayah.api.admin.EditionActivationResource;
import id.wilayah.api.admin.EditionDiffResource;
import id.wilayah.api.admin.ImportsResource;
import id.wilayah.api.http.ApiKeyFilter;
import id.wilayah.api.http.ApiKeyRejectedMapper;
import id.wilayah.api.http.EditionConflictMapper;
import id.wilayah.api.http.InvalidInputMapper;
import id.wilayah.api.http.JsonConfiguration;
import id.wilayah.api.http.NotFoundMapper;
import id.wilayah.api.http.RateLimitedMapper;
import id.wilayah.api.http.ScopeForbiddenMapper;
import id.wilayah.api.http.ServiceUnavailableMapper;
import id.wilayah.api.http.UnexpectedExceptionMapper;
import id.wilayah.api.http.UnreadableBodyMapper;
import id.wilayah.api.http.UploadSizeLimit;
import id.wilayah.api.http.UploadTooLargeMapper;
import id.wilayah.api.http.WebApplicationExceptionMapper;
import id.wilayah.api.odoo.KecamatanResource;
import id.wilayah.api.odoo.KelurahanResource;
import id.wilayah.api.odoo.KodeposResource;
import id.wilayah.api.odoo.KotaResource;
import id.wilayah.api.odoo.ProvinsiResource;
import id.wilayah.api.odoo.SearchResource;
import id.wilayah.api.odoo.WhoAmIResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The native, Odoo-compatible surface at /api. Classes are listed explicitly because the WAR holds more than one
 * JAX-RS application (each surface has its own error shape).
 */
@ApplicationPath("api")
public class NativeApi extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ProvinsiResource.class, KotaResource.class, KecamatanResource.class, KelurahanResource.class,
                KodeposResource.class, SearchResource.class, WhoAmIResource.class,
                AdminKeysResource.class, ImportsResource.class, EditionActivationResource.class, EditionDiffResource.class,
                ApiKeyFilter.class, UploadSizeLimit.class, JsonConfiguration.class,
                InvalidInputMapper.class, NotFoundMapper.class, EditionConflictMapper.class, ServiceUnavailableMapper.class,
                ApiKeyRejectedMapper.class, ScopeForbiddenMapper.class, RateLimitedMapper.class, UploadTooLargeMapper.class, UnreadableBodyMapper.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class);
    }

    /** Jersey's multipart support ships with Payara but is off by default; import uploads need it for EntityPart. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
