package id.wilayah.api.odoo;

import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.http.input.QueryInput;
import id.wilayah.api.http.json.ListResponses;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("provinsi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Native regions", description = "Odoo-compatible region lists and details")
public class ProvinsiResource {
    @Inject
    RequestedEdition edition;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List provinces",
            description = "Ordered by code; the whole list unless page or limit is given.")
    @APIResponse(responseCode = "200", description = "Provinces; X-Total-Count and Link when paged",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProvinsiItem.class)))
    @APIResponse(responseCode = "400", description = "Bad name, page or limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Case-insensitive substring of the name")
                         @QueryParam("name") String name,
                         @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 1000 (default 100 when page is given)")
                         @QueryParam("limit") String limit) {
        return ListResponses.of(edition.snapshot().provinces(), null, QueryInput.nameFilter(name), ProvinsiItem::of,
                page, limit, uri);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One province by its 2-digit code")
    @APIResponse(responseCode = "200", description = "The province",
            content = @Content(schema = @Schema(implementation = ProvinsiItem.class)))
    @APIResponse(responseCode = "400", description = "Malformed code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such province", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProvinsiItem get(@Parameter(description = "Province code, e.g. 32") @PathParam("code") String code) {
        String canonical = RegionCode.normalize(Level.PROVINCE, code);
        return edition.snapshot().provinces().find(canonical).map(ProvinsiItem::of)
                .orElseThrow(() -> new NotFoundException("Provinsi " + canonical + " not found"));
    }
}
