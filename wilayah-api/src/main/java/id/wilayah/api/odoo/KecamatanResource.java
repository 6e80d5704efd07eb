package id.wilayah.api.odoo;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.odoo.view.KecamatanItem;
import id.wilayah.api.odoo.view.RegionViews;
import id.wilayah.api.odoo.view.detail.KecamatanDetail;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
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
@Path("kecamatan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Native regions", description = "Odoo-compatible region lists and details")
public class KecamatanResource extends LevelResource<District, KecamatanItem, KecamatanDetail> {
    public KecamatanResource() {
        super(Level.DISTRICT, Level.REGENCY, RegionSnapshot::districts, KecamatanItem::of, RegionViews::kecamatan,
                "Kecamatan");
    }

    @GET
    @Operation(summary = "List kecamatan",
            description = "Ordered by code; the whole list (streamed) unless page or limit is given.")
    @APIResponse(responseCode = "200", description = "Matching regions; X-Total-Count and Link when paged",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KecamatanItem.class)))
    @APIResponse(responseCode = "400", description = "Bad parent code, name, page or limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Kota/kabupaten code (4 digits)")
                         @QueryParam("kode_kota") String parentCode,
                         @Parameter(description = "Case-insensitive substring of the name")
                         @QueryParam("name") String name,
                         @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 1000 (default 100 when page is given)")
                         @QueryParam("limit") String limit) {
        return listed(parentCode, name, page, limit);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One kecamatan with its parents")
    @APIResponse(responseCode = "200", description = "The kecamatan",
            content = @Content(schema = @Schema(implementation = KecamatanDetail.class)))
    @APIResponse(responseCode = "400", description = "Malformed code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such kecamatan", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KecamatanDetail get(@Parameter(description = "Code, dots allowed") @PathParam("code") String code) {
        return found(code);
    }
}
