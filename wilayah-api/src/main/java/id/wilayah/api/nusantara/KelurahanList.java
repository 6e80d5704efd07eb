package id.wilayah.api.nusantara;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.nusantara.view.VillageItem;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Village;
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
@Path("kelurahan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "wilayah-nusantara", description = "Drop-in replacement of the shut-down wilayah-nusantara API")
public class KelurahanList extends LevelList<Village, VillageItem> {
    public KelurahanList() {
        super(Level.VILLAGE, Level.DISTRICT, RegionSnapshot::villages, VillageItem::of, "village");
    }

    @GET
    @Operation(summary = "List kelurahan (wilayah-nusantara)",
            description = "{data, meta{limit,page,total}} ordered by code; code= returns the bare item or null "
                    + "instead.")
    @APIResponse(responseCode = "200",
            description = "A page of items, the bare item, or null when code= matches nothing",
            content = @Content(schema = @Schema(oneOf = {VillageItem.Listed.class, VillageItem.class},
                    nullable = true)))
    @APIResponse(responseCode = "400", description = "Bad page or limit",
            content = @Content(schema = @Schema(implementation = StatusMessage.class)))
    public Response list(@Parameter(description = "Case-insensitive substring of the name")
                         @QueryParam("name") String name,
                         @Parameter(description = "Exact code (dots allowed); overrides every other filter")
                         @QueryParam("code") String code,
                         @Parameter(description = "District code") @QueryParam("kecamatanCode") String kecamatanCode,
                         @Parameter(description = "Page number from 1 (default 1)") @QueryParam("page") String page,
                         @Parameter(description = "Page size from 0 (default 10; 0 answers only the total; no upper"
                                 + " bound)")
                         @QueryParam("limit") String limit) {
        return listed(code, kecamatanCode, name, page, limit);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One item of kelurahan by code (wilayah-nusantara)")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = VillageItem.class)))
    @APIResponse(responseCode = "404", description = "{\"statusCode\":404,\"message\":\"village not found\"}",
            content = @Content(schema = @Schema(implementation = StatusMessage.class)))
    public VillageItem get(@Parameter(description = "Code, dots allowed") @PathParam("code") String code) {
        return found(code);
    }
}
