package id.wilayah.api.admin;

import id.wilayah.api.http.auth.AdminScoped;
import id.wilayah.domain.edition.EditionSummary;
import id.wilayah.importer.edition.EditionManagement;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Activates a retained edition (also the rollback to an earlier one); reads switch once it commits. */
@Tag(name = "Admin: editions", description = "Switching all clients to a retained edition (a rollback too); admin key")
@AdminScoped
@Path(AdminScoped.PATH + "/editions")
@Produces(MediaType.APPLICATION_JSON)
public class EditionActivationResource {
    @Inject
    EditionManagement editions;

    @Context
    HttpHeaders headers;

    @Operation(summary = "Make a retained edition the one that answers reads (also a rollback)")
    @APIResponse(responseCode = "200", description = "The activated edition")
    @APIResponse(responseCode = "404", description = "No such ready edition")
    @POST
    @Path("{name}/activate")
    public EditionSummary activate(@PathParam("name") String name) {
        return editions.activate(name, AdminActor.of(headers));
    }
}
