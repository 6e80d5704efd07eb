package id.wilayah.api.pulau;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.http.input.QueryInput;
import id.wilayah.api.http.json.JsonArrayStream;
import id.wilayah.api.http.json.JsonConfiguration;
import id.wilayah.api.http.json.ListResponses;
import id.wilayah.api.http.paging.PageLinks;
import id.wilayah.api.http.paging.PageRequest;
import id.wilayah.api.http.paging.PublicUrl;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.island.Island;
import id.wilayah.domain.island.IslandFilter;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("pulau")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Islands", description = "The edition's islands (pulau)")
public class PulauResource {
    @Inject
    RequestedEdition edition;

    @Inject
    PublicUrl publicUrl;

    @Inject
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List islands",
            description = "Ordered by code; the whole list (streamed) unless page or limit is given. Island codes are"
                    + " the edition's own for every key (no other code system codes islands); kota_code follows the"
                    + " key's code system.")
    @APIResponse(responseCode = "200", description = "Matching islands; X-Total-Count and Link when paged",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PulauItem.class)))
    @APIResponse(responseCode = "400", description = "Bad kota code, name, flag, page or limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Case-insensitive substring of the name") @QueryParam("name")
                         String name,
                         @Parameter(description = "Kota/kabupaten code (4 digits, dots allowed)")
                         @QueryParam("kode_kota") String regencyCode,
                         @Parameter(description = "true: inhabited islands; false: uninhabited ones (islands whose"
                                 + " status the edition does not give match neither)")
                         @QueryParam("populated") String populated,
                         @Parameter(description = "true: outermost small islands (PPKT) only; false: the others")
                         @QueryParam("outermost") String outermost,
                         @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 1000 (default 100 when page is given)")
                         @QueryParam("limit") String limit) {
        RegionSnapshot snapshot = edition.snapshot();
        String nameFilter = QueryInput.nameFilter(name);
        Boolean populatedFilter = flag("populated", populated);
        Boolean outermostFilter = flag("outermost", outermost);
        PageRequest pageRequest = PageRequest.optional(page, limit);
        List<Island> islands;
        if (regencyCode == null) {
            islands = snapshot.islands().list(new IslandFilter(null, nameFilter, populatedFilter, outermostFilter));
        } else {
            Optional<String> ownRegency = snapshot.regencies().find(RegionCode.normalize(Level.REGENCY, regencyCode))
                    .map(regency -> snapshot.codes().ownCode(regency));
            islands = ownRegency.map(own -> snapshot.islands().list(
                    new IslandFilter(own, nameFilter, populatedFilter, outermostFilter))).orElse(List.of());
        }
        PulauViews views = new PulauViews(snapshot, request);
        if (pageRequest == null) {
            return Response.ok(new JsonArrayStream<>(islands, views::item, JsonConfiguration.JSONB),
                    MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(pageRequest.slice(islands).stream().map(views::item).toList(), MediaType.APPLICATION_JSON)
                .header(ListResponses.TOTAL_COUNT, islands.size())
                .header("Link", PageLinks.header(publicUrl.of(uri.getRequestUri()), pageRequest, islands.size()))
                .build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One island with its kota and provinsi")
    @APIResponse(responseCode = "200", description = "The island",
            content = @Content(schema = @Schema(implementation = PulauDetail.class)))
    @APIResponse(responseCode = "400", description = "Malformed code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such island in the edition", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PulauDetail get(@Parameter(description = "Island code, 9 digits, dots allowed (11.01.40001)",
            example = "11.01.40001") @PathParam("code") String code) {
        String canonical = RegionCode.normalizeIsland(code);
        RegionSnapshot snapshot = edition.snapshot();
        return snapshot.islands().find(canonical).map(island -> new PulauViews(snapshot, request).detail(island))
                .orElseThrow(() -> new NotFoundException("Pulau " + canonical + " not found"));
    }

    private static Boolean flag(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException("Query parameter " + parameter + " must be true or false");
        };
    }
}
