package id.wilayah.api.odoo;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.odoo.view.ProvinsiItem;
import id.wilayah.api.odoo.view.RegionViews;
import id.wilayah.api.odoo.view.detail.ProvinsiDetail;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("provinsi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Native regions", description = "Odoo-compatible region lists and details")
public class ProvinsiResource extends LevelResource<Province, ProvinsiItem, ProvinsiDetail> {
    public ProvinsiResource() {
        super(Level.PROVINCE, null, RegionSnapshot::provinces, ProvinsiItem::of,
                RegionViews::provinsi, "Provinsi");
    }

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
        return listed(null, name, page, limit);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One province by its 2-digit code")
    @APIResponse(responseCode = "200", description = "The province",
            content = @Content(schema = @Schema(implementation = ProvinsiDetail.class)))
    @APIResponse(responseCode = "400", description = "Malformed code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such province", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProvinsiDetail get(@Parameter(description = "Province code, e.g. 32") @PathParam("code") String code) {
        return found(code);
    }
}
