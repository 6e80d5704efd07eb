package id.wilayah.api.crosswalk;

import id.wilayah.api.http.auth.DryRunAccess;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a code of one edition went in another: one code, or a client's whole stored table in one call. */
@Path("crosswalk")
@Tag(name = "Crosswalk", description = "Codes of one edition (BPS, an older Kemendagri edition) in another")
public class CrosswalkResource {
    static final String CSV = "text/csv; charset=UTF-8";
    private static final String FROM = "The edition the codes come from, e.g. bps-2018";
    private static final String TO = "The edition to translate into; the active edition when absent";
    static final String NOT_RETAINED = "an edition that exists but is not retained (failed, importing; for an "
            + "admin-scope key, any other key is answered 404 as for an unknown edition)";
    static final String UNKNOWN = "Unknown edition, or a dry run that was never activated (to any key without admin "
            + "scope, in the same words)";

    @Inject
    Crosswalks crosswalks;

    @Context
    ContainerRequestContext request;

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The counterparts of one region in another edition",
            description = "Links are found by code and name, level by level inside linked parents; `match` says how "
                    + "(same-code, exact-name, fuzzy-name, split, merged, manual) and `confidence` how sure (0..1). "
                    + "`to` is empty when the region has no counterpart, and has several entries when it was split. "
                    + "Between two editions of one code system with others between them (kemendagri-2016 to "
                    + "kemendagri-2025) the link follows the chain of consecutive editions by decree year: a split "
                    + "anywhere fans out, and the confidence is the product of the steps' confidences.")
    @APIResponse(responseCode = "200", description = "The region and its counterparts",
            content = @Content(schema = @Schema(implementation = CrosswalkAnswer.class)))
    @APIResponse(responseCode = "400", description = "Malformed code, missing `from`, `from` equal to `to`, or "
            + NOT_RETAINED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = UNKNOWN + "; or the code is not in `from`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CrosswalkAnswer one(@Parameter(description = "A code of `from`, dots allowed", example = "3204050")
                               @PathParam("code") String code,
                               @Parameter(description = FROM, required = true) @QueryParam("from") String from,
                               @Parameter(description = TO) @QueryParam("to") String to) {
        return lookup(from, to).answer(code);
    }

    @Expensive
    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Translate a whole table of codes",
            description = "Up to 100,000 codes, as a JSON array or as text/csv with one code a line. The answers come "
                    + "in the same order, one per code: the same shape as GET /api/crosswalk/{code} plus `input`, or "
                    + "`input`, `status` and `error` for a code that is malformed or not in `from`. With "
                    + "`Accept: text/csv` the answer is CSV: input,level,from_code,from_name,to_code,to_name,match,"
                    + "confidence,error (one line per counterpart; a split region has several).")
    @RequestBody(content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                example = "[\"3204050\", \"3204050001\", \"1101\"]"),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = "3204050\n1101\n")})
    @APIResponse(responseCode = "200", description = "One answer per code, in order")
    @APIResponse(responseCode = "400", description = "Body not a JSON array, missing `from`, `from` equal to `to`, "
            + "or " + NOT_RETAINED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = UNKNOWN, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 100,000 codes", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bulk(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
                         @Parameter(description = TO) @QueryParam("to") String to,
                         @Context HttpHeaders headers, InputStream body) {
        CodeLookup lookup = lookup(from, to);
        MediaType type = headers.getMediaType();
        boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        return answer(json ? BulkCodes.fromJson(body) : BulkCodes.fromLines(body), lookup, headers);
    }

    private CodeLookup lookup(String from, String to) {
        EditionPair pair = crosswalks.pair(from, to, DryRunAccess.granted(request));
        return new CodeLookup(pair, crosswalks.of(pair));
    }

    private static Response answer(List<String> codes, CodeLookup lookup, HttpHeaders headers) {
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
        return csv ? Response.ok(BulkAnswers.csv(codes, lookup), CSV).build()
                : Response.ok(BulkAnswers.json(codes, lookup), MediaType.APPLICATION_JSON).build();
    }
}
