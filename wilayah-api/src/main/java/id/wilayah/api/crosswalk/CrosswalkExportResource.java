package id.wilayah.api.crosswalk;

import id.wilayah.api.http.auth.DryRunAccess;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.csv.CrosswalkCsv;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole crosswalk between two editions as one CSV file, every region of {@code from} in code order per level. */
@Path("export/crosswalk.csv")
@Tag(name = "Crosswalk", description = "Codes of one edition (BPS, an older Kemendagri edition) in another")
public class CrosswalkExportResource {
    @Inject
    Crosswalks crosswalks;

    @Context
    ContainerRequestContext request;

    @Expensive
    @GET
    @Produces(CrosswalkResource.CSV)
    @Operation(summary = "The whole crosswalk between two editions as CSV",
            description = "level,from_code,from_name,to_code,to_name,match,confidence: one line per link, and one "
                    + "line with empty to_* columns for a region without counterpart; provinces first, then regencies, "
                    + "districts and villages, each in code order.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Missing `from`, `from` equal to `to`, or "
            + CrosswalkResource.NOT_RETAINED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = CrosswalkResource.UNKNOWN, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "The edition the codes come from, e.g. bps-2018", required = true)
                           @QueryParam("from") String from,
                           @Parameter(description = "The edition to translate into; the active edition when absent")
                           @QueryParam("to") String to) {
        EditionPair pair = crosswalks.pair(from, to, DryRunAccess.granted(request));
        Crosswalk crosswalk = crosswalks.of(pair);
        StreamingOutput table = output -> CrosswalkCsv.write(pair, crosswalk, output);
        String disposition = "attachment; filename=\"" + CrosswalkCsv.fileName(pair) + "\"";
        return Response.ok(table, CrosswalkResource.CSV).header("Content-Disposition", disposition).build();
    }
}
