package id.wilayah.api.crosswalk;

import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
    private static final String[] HEADER = {"level", "from_code", "from_name", "to_code", "to_name", "match",
        "confidence"};

    @Inject
    Crosswalks crosswalks;

    @Expensive
    @GET
    @Produces(CrosswalkResource.CSV)
    @Operation(summary = "The whole crosswalk between two editions as CSV",
            description = "level,from_code,from_name,to_code,to_name,match,confidence: one line per link, and one "
                    + "line with empty to_* columns for a region without counterpart; provinces first, then regencies, "
                    + "districts and villages, each in code order.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Missing `from`, `from` equal to `to`, or an edition that is not "
            + "retained", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown edition", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "The edition the codes come from, e.g. bps-2018", required = true)
                           @QueryParam("from") String from,
                           @Parameter(description = "The edition to translate into; the active edition when absent")
                           @QueryParam("to") String to) {
        EditionPair pair = crosswalks.pair(from, to);
        Crosswalk crosswalk = crosswalks.of(pair);
        String file = "crosswalk-" + pair.source().edition().name() + "--" + pair.target().edition().name() + ".csv";
        return Response.ok(writer(pair, crosswalk), CrosswalkResource.CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private static StreamingOutput writer(EditionPair pair, Crosswalk crosswalk) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
            RegionSnapshot source = pair.source();
            write(csv, Level.PROVINCE, source.provinces().all(), pair, crosswalk);
            write(csv, Level.REGENCY, source.regencies().all(), pair, crosswalk);
            write(csv, Level.DISTRICT, source.districts().all(), pair, crosswalk);
            write(csv, Level.VILLAGE, source.villages().all(), pair, crosswalk);
            csv.flush();
        };
    }

    private static void write(CSVPrinter csv, Level level, List<? extends Region> regions, EditionPair pair,
                              Crosswalk crosswalk) throws java.io.IOException {
        for (Region region : regions) {
            List<CrosswalkLink> links = crosswalk.linksOf(region.code());
            if (links.isEmpty()) {
                csv.printRecord(level.label(), region.code(), region.name(), "", "", "", "");
            }
            for (CrosswalkLink link : links) {
                String name = CodeLookup.find(pair.target(), level, link.toCode()).map(Region::name).orElse("");
                csv.printRecord(level.label(), region.code(), region.name(), link.toCode(), name,
                        link.kind().label(), link.confidence());
            }
        }
    }
}
