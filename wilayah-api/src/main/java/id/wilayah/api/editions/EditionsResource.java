package id.wilayah.api.editions;

import id.wilayah.api.http.auth.DryRunAccess;
import id.wilayah.domain.edition.EditionCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("editions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "Which datasets the server holds and which one answers")
public class EditionsResource {
    @Inject
    EditionCatalog catalog;

    @Context
    ContainerRequestContext request;

    @GET
    @Operation(summary = "All editions, oldest first",
            description = "Any listed READY edition can be pinned on a data request with ?edition=NAME. A dry run "
                    + "that was never activated is listed, pinned, compared and cross-walked for admin-scope keys "
                    + "only; for other keys it does not exist. A BPS edition (imported to translate codes through, "
                    + "never activated) is listed for every key once it is ready.")
    @APIResponse(responseCode = "200", description = "The editions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EditionItem.class)))
    public List<EditionItem> list() {
        return catalog.list(DryRunAccess.granted(request)).stream().map(EditionItem::of).toList();
    }
}
