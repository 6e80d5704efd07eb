package id.wilayah.api.odoo;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.domain.apikey.KeyGrant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets a client check that its key works and what it may do, without touching region data. Also the benchmark's
 * floor: the cheapest endpoint behind the same key filter.
 */
@Tag(name = "Native regions")
@Path("whoami")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {
    @Context
    ContainerRequestContext request;

    @Operation(summary = "The calling key's name and scope")
    @APIResponse(responseCode = "200", description = "The key's identity")
    @GET
    public KeyIdentity whoAmI() {
        KeyGrant grant = (KeyGrant) request.getProperty(ApiKeyFilter.GRANT);
        return new KeyIdentity(grant.name(), grant.scope().name().toLowerCase(Locale.ROOT));
    }

    public record KeyIdentity(String name, String scope) {
    }
}
