package id.wilayah.api.editions;

import id.wilayah.api.http.auth.DryRunAccess;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Per level between two retained editions: added, removed, re-coded, renamed, respelled and re-parented codes, and
 * boundary changes.
 */
@Tag(name = "Editions")
@Path("editions/{from}/diff/{to}")
@Produces(MediaType.APPLICATION_JSON)
public class EditionDiffResource {
    @Inject
    EditionManagement editions;

    @Context
    ContainerRequestContext request;

    @Operation(summary = "What changed per level between two editions",
            description = "Added and removed codes; re-coded regions (a removed code whose region lives on under an"
                    + " added code, found by the crosswalk between the two editions: counted as re-coded, not as"
                    + " removed and added); renamed (same code, another name) apart from respelled (same code, the"
                    + " same name spelled otherwise, e.g. KAB. ACEH SELATAN → Kabupaten Aceh Selatan); re-parented"
                    + " (re-coded regions now under another parent region); boundaries added, removed and changed"
                    + " (stored shapes compared code by code). Counts are exact; lists hold the first "
                    + EditionDiff.MAX_LISTED + " entries by code.")
    @APIResponse(responseCode = "200", description = "The diff with counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditionDiff.class)))
    @APIResponse(responseCode = "404", description = "Unknown edition (a dry run, for a key without admin scope)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Expensive
    @GET
    public EditionDiff diff(@PathParam("from") String from, @PathParam("to") String to) {
        return editions.diff(from, to, DryRunAccess.granted(request));
    }
}
