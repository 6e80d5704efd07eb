package id.wilayah.api.admin;

import id.wilayah.importer.EditionManagement;
import id.wilayah.importer.diff.EditionDiff;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Added, removed, renamed and re-parented codes per level between two retained editions. */
@Path("editions/{from}/diff/{to}")
@Produces(MediaType.APPLICATION_JSON)
public class EditionDiffResource {
    @Inject
    EditionManagement editions;

    @GET
    public EditionDiff diff(@PathParam("from") String from, @PathParam("to") String to) {
        return editions.diff(from, to);
    }
}
