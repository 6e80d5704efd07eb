package id.wilayah.api.odoo;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.odoo.view.KodeposItem;
import id.wilayah.api.odoo.view.RegionViews;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.region.Village;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("kodepos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Native regions")
public class KodeposResource {
    @Inject
    RequestedEdition edition;

    @GET
    @Path("{postalCode}")
    @Operation(summary = "Villages with a postal code, each with its kecamatan, kota and provinsi")
    @APIResponse(responseCode = "200", description = "The villages",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KodeposItem.class)))
    @APIResponse(responseCode = "400", description = "Not 5 digits", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No village has this postal code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<KodeposItem> villages(@Parameter(description = "5-digit postal code") @PathParam("postalCode")
                                      String postalCode) {
        String canonical = RegionCode.normalizePostalCode(postalCode);
        RegionSnapshot snapshot = edition.snapshot();
        List<Village> villages = snapshot.villagesWithPostalCode(canonical);
        if (villages.isEmpty()) {
            throw new NotFoundException("No kelurahan has postal code " + canonical);
        }
        RegionViews views = new RegionViews(snapshot);
        return villages.stream().map(views::kodepos).toList();
    }
}
