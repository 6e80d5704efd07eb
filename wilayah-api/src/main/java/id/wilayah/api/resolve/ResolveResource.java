package id.wilayah.api.resolve;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.http.input.QueryInput;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.AddressResolver;
import id.wilayah.domain.resolve.Resolution;
import id.wilayah.domain.resolve.history.FormerNamesFollower;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Free-text addresses to region codes: one address, or a client's whole table of them in one call. */
@AnswersFromAnEdition
@Path("resolve")
@Tag(name = "Address resolution", description = "Free-text Indonesian addresses to region codes, with a calibrated "
        + "confidence")
public class ResolveResource {
    static final String CSV = "text/csv; charset=UTF-8";
    private static final String BAD_REQUEST = "A problem naming the fault: ";
    private static final String EXAMPLE_ANSWER = """
            {"query":"Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat 40386",
             "candidates":[{"kelurahan":{"code":"3204312005","name":"NEGLAWANGI","postal_code":"40386"},
               "kecamatan":{"code":"320431","name":"KERTASARI"},"kota":{"code":"3204","name":"KABUPATEN BANDUNG"},
               "provinsi":{"code":"32","name":"JAWA BARAT"},"confidence":0.98,
               "matched":{"kelurahan":"Desa Neglawangi","kecamatan":"Kec. Kertasari","kota":"Kab. Bandung",
                 "provinsi":"Jawa Barat","postal_code":"40386"},"notes":[]}],
             "rest":"Jl. Raya Kertasari No. 12"}""";

    @Inject
    RequestedEdition edition;

    @Inject
    FormerNamesFollower formerNames;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve one free-text address to region codes",
            description = "Reads a shipping label, form field or CRM cell: prefixes spelled out, abbreviated or "
                    + "absent (Kab., Kec., Kel., Ds.), short forms (Jaksel, DIY, Jabar), parts in any order, levels "
                    + "missing, 5-digit postal codes as evidence, typos, old spellings (DJ, OE). Candidates come "
                    + "highest confidence first; a candidate stops at a higher level (kelurahan null) where the text "
                    + "names no village that can be found. `matched` quotes the input each level was read from, "
                    + "`rest` is what named no region, `notes` say what lowered the confidence. Where the text fits "
                    + "several villages equally, none reaches 0.9 and all are listed. Codes follow the key's code "
                    + "system (or `codes=`).")
    @APIResponse(responseCode = "200", description = "The candidates; `candidates: []` when nothing is recognised",
            content = @Content(schema = @Schema(implementation = ResolveAnswer.class),
                    examples = @ExampleObject(name = "shipping label", value = EXAMPLE_ANSWER)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST + "q missing, empty or longer than "
            + ResolveInput.MAX_ADDRESS_LENGTH + " characters, or limit not 1 to " + AddressResolver.MAX_LIMIT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResolveAnswer resolve(
            @Parameter(description = "The address, as written", required = true,
                    example = "Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat "
                            + "40386") @QueryParam("q") String q,
            @Parameter(description = "Most candidates, 1 to " + AddressResolver.MAX_LIMIT + " (default "
                    + ResolveInput.DEFAULT_LIMIT + ")") @QueryParam("limit") String limit) {
        String query = ResolveInput.query(q);
        int most = QueryInput.limit(limit, ResolveInput.DEFAULT_LIMIT, AddressResolver.MAX_LIMIT);
        RegionSnapshot snapshot = edition.snapshot();
        return ResolveAnswer.of(formerNames.resolverOf(snapshot).resolve(query, most), snapshot.codes());
    }

    @Expensive
    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Resolve a whole table of addresses",
            description = "Up to " + BulkAddresses.MAX_ADDRESSES + " addresses of up to "
                    + ResolveInput.MAX_ADDRESS_LENGTH + " characters: a JSON array of strings, or text/csv with one "
                    + "address a line (commas belong to the address), or a CSV file whose header has an `address` "
                    + "column. The answers come in the same order, each in the shape of GET /api/resolve, at most "
                    + "`limit` candidates each (default " + ResolveInput.DEFAULT_BULK_LIMIT + "). With "
                    + "`Accept: text/csv` the answer is a table: query,kelurahan_code,kecamatan_code,kota_code,"
                    + "provinsi_code,postal_code,confidence, one line per candidate and one with empty codes for an "
                    + "address nothing was recognised in; codes kept untranslated for want of a counterpart are "
                    + "listed in the " + RequestedCodes.UNTRANSLATED_HEADER + " header.")
    @RequestBody(content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                example = "[\"Desa Neglawangi, Kec. Kertasari, Kab. Bandung 40386\", \"kebayoran baru jaksel\"]"),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                example = "id,address\n17,\"Jl. Merdeka 5, Sarijadi, Sukasari, Kota Bandung\"\n")})
    @APIResponse(responseCode = "200", description = "One answer per address, in order",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = BulkResolution.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                        example = "query,kelurahan_code,kecamatan_code,kota_code,provinsi_code,postal_code,"
                                + "confidence\n\"Desa Neglawangi, Kec. Kertasari, Kab. Bandung 40386\",3204312005,"
                                + "320431,3204,32,40386,0.97\n")})
    @APIResponse(responseCode = "400", description = BAD_REQUEST + "body not a JSON array of strings nor CSV, an "
            + "address longer than " + ResolveInput.MAX_ADDRESS_LENGTH + " characters (named by its position), or "
            + "limit not 1 to " + AddressResolver.MAX_LIMIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than " + BulkAddresses.MAX_ADDRESSES + " addresses, or a "
            + "body larger than 6 MiB", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bulk(@Parameter(description = "Most candidates per address, 1 to " + AddressResolver.MAX_LIMIT
                                 + " (default " + ResolveInput.DEFAULT_BULK_LIMIT + ")") @QueryParam("limit")
                         String limit,
                         @Context HttpHeaders headers, @Context HttpServletRequest request, InputStream body) {
        int most = QueryInput.limit(limit, ResolveInput.DEFAULT_BULK_LIMIT, AddressResolver.MAX_LIMIT);
        MediaType type = headers.getMediaType();
        boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        List<String> addresses = json ? BulkAddresses.fromJson(body) : BulkAddresses.fromText(body);
        RegionSnapshot snapshot = edition.snapshot(request);
        AddressResolver resolver = formerNames.resolverOf(snapshot);
        // Resolved before the answer is written: the expensive-read permit counts computing, not a slow reader.
        List<Resolution> resolutions = addresses.stream().map(address -> resolver.resolve(address, most)).toList();
        if (wantsCsv(headers)) {
            noteUntranslated(request, snapshot, resolutions);
            return Response.ok(ResolvedTable.of(resolutions), CSV).build();
        }
        return Response.ok(new BulkResolution(resolutions.stream()
                .map(resolution -> ResolveAnswer.of(resolution, snapshot.codes())).toList()),
                MediaType.APPLICATION_JSON).build();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
    }

    /** A CSV cell has no room for the mark the JSON answer carries, so the header names those codes. */
    private static void noteUntranslated(HttpServletRequest request, RegionSnapshot snapshot,
                                         List<Resolution> resolutions) {
        if (!snapshot.codes().translated()) {
            return;
        }
        for (Resolution resolution : resolutions) {
            for (AddressCandidate candidate : resolution.candidates()) {
                RequestedCodes.noteUntranslated(request, snapshot, candidate.village());
                RequestedCodes.noteUntranslated(request, snapshot, candidate.district());
                RequestedCodes.noteUntranslated(request, snapshot, candidate.regency());
                RequestedCodes.noteUntranslated(request, snapshot, candidate.province());
            }
        }
    }
}
