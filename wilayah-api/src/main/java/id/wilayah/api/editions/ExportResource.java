package id.wilayah.api.editions;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.RegionSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("export")
@RequestScoped
@Tag(name = "Editions")
public class ExportResource {
    public static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    RequestedEdition edition;

    @Expensive
    @GET
    @Path("{level}.csv")
    @Produces(CSV)
    @Operation(summary = "One level of the edition as CSV in the native import layout",
            description = "provinces: code,name; regencies: code,province_code,name,type; districts: "
                    + "code,regency_code,name; villages: code,district_code,name,type,postal_code. Names as served.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown level", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "provinces, regencies, districts or villages (or provinsi, kota, "
            + "kecamatan, kelurahan)") @PathParam("level") String level) {
        CsvExport file = CsvExport.of(level)
                .orElseThrow(() -> new InvalidInputException("Unknown level '" + level
                        + "': expected provinces, regencies, districts or villages"));
        RegionSnapshot snapshot = edition.snapshot();
        return Response.ok(file.writer(snapshot), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + snapshot.edition().name() + "-"
                        + file.fileName() + ".csv\"")
                .build();
    }
}
