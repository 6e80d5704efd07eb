package id.wilayah.api.editions;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.edition.EditionManagement;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Added, removed, renamed and re-parented codes per level between two retained editions. */
@Tag(name = "Editions")
@Path("editions/{from}/diff/{to}")
@Produces(MediaType.APPLICATION_JSON)
public class EditionDiffResource {
    @Inject
    EditionManagement editions;

    @Context
    ContainerRequestContext request;

    @Operation(summary = "Added, removed, renamed and re-parented codes per level between two editions")
    @APIResponse(responseCode = "200", description = "The diff with counts")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    @APIResponse(responseCode = "429", description = Expensive.KEY_BUSY,
            headers = @Header(name = Expensive.RETRY_AFTER, description = Expensive.RETRY_AFTER_MEANING,
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = Expensive.SERVER_BUSY,
            headers = @Header(name = Expensive.RETRY_AFTER, description = Expensive.RETRY_AFTER_MEANING,
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Expensive
    @GET
    public EditionDiff diff(@PathParam("from") String from, @PathParam("to") String to) {
        return editions.diff(from, to, request.getProperty(ApiKeyFilter.GRANT) instanceof KeyGrant grant
                && grant.admin());
    }
}
