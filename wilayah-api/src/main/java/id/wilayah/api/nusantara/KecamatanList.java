package id.wilayah.api.nusantara;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.nusantara.view.DistrictItem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("kecamatan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "wilayah-nusantara", description = "Drop-in replacement of the shut-down wilayah-nusantara API")
public class KecamatanList extends LevelList<District, DistrictItem> {
    public KecamatanList() {
        super(Level.DISTRICT, Level.REGENCY, RegionSnapshot::districts, DistrictItem::of, "district");
    }

    @GET
    @Operation(summary = "List kecamatan (wilayah-nusantara)",
            description = "{data, meta{limit,page,total}} ordered by code; code= returns the bare item or null "
                    + "instead.")
    @APIResponse(responseCode = "200",
            description = "A page of items, the bare item, or null when code= matches nothing",
            content = @Content(schema = @Schema(oneOf = {DistrictItem.Listed.class, DistrictItem.class},
                    nullable = true)))
    @APIResponse(responseCode = "400", description = "Bad page or limit",
            content = @Content(schema = @Schema(implementation = StatusMessage.class)))
    public Response list(@Parameter(description = "Case-insensitive substring of the name")
                         @QueryParam("name") String name,
                         @Parameter(description = "Exact code (dots allowed); overrides every other filter")
                         @QueryParam("code") String code,
                         @Parameter(description = "Regency code") @QueryParam("kabkotCode") String kabkotCode,
                         @Parameter(description = "Page number from 1 (default 1)") @QueryParam("page") String page,
                         @Parameter(description = "Page size from 0 (default 10; 0 answers only the total; no upper"
                                 + " bound)")
                         @QueryParam("limit") String limit) {
        return listed(code, kabkotCode, name, page, limit);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One item of kecamatan by code (wilayah-nusantara)")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = DistrictItem.class)))
    @APIResponse(responseCode = "404", description = "{\"statusCode\":404,\"message\":\"district not found\"}",
            content = @Content(schema = @Schema(implementation = StatusMessage.class)))
    public DistrictItem get(@Parameter(description = "Code, dots allowed") @PathParam("code") String code) {
        return found(code);
    }
}
