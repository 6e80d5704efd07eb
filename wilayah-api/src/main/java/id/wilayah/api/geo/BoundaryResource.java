package id.wilayah.api.geo;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("{level: provinsi|kota|kecamatan|kelurahan}/{code}/boundary")
@RequestScoped
@Tag(name = "Geography", description = "Boundaries, reverse geocoding, regions nearby")
public class BoundaryResource {
    static final double MAX_SIMPLIFY_METRES = 100_000;

    @Inject
    RequestedEdition edition;

    @Inject
    GeoDirectory geography;

    @Inject
    HttpServletRequest request;

    @Inject
    SimplifiedShapes simplified;

    @GET
    @Produces(GeoJsonFeatures.MEDIA_TYPE)
    @Operation(summary = "A region's boundary as a GeoJSON Feature",
            description = "An RFC 7946 Feature ([lng, lat], MultiPolygon) with properties code, name, level and the "
                    + "region's interior point (lat, lng). simplify=METERS drops points a map at that scale does not"
                    + " need (topology-preserving Douglas-Peucker).")
    @APIResponse(responseCode = "200", description = "The boundary", content = @Content(
            mediaType = GeoJsonFeatures.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Malformed code or simplify", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region, or no boundary for it", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The edition's geography is still being imported or loaded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response boundary(@Parameter(description = "provinsi, kota, kecamatan or kelurahan")
                             @PathParam("level") String levelName,
                             @Parameter(description = "Code, dots allowed") @PathParam("code") String code,
                             @Parameter(description = "Tolerance in metres, up to 100000; rounded down to 1, 2"
                                     + " or 5 times a power of ten (at least 1)")
                             @QueryParam("simplify") String simplify) {
        Level level = GeoInput.level(levelName);
        String canonical = RegionCode.normalize(level, code);
        double metres = simplify == null ? 0 : GeoInput.optional("simplify", simplify, 0, MAX_SIMPLIFY_METRES);
        RegionSnapshot snapshot = edition.snapshot();
        Region region = snapshot.level(level).find(canonical).orElseThrow(() -> new NotFoundException(
                capitalized(level) + " " + canonical + " not found"));
        RequestedCodes.noteUntranslated(request, snapshot, region);
        GeoModel geo = geography.require(snapshot.edition());
        RegionShape shape = geo.level(level).byCode(snapshot.codes().ownCode(region)).orElseThrow(() ->
                new NotFoundException("No boundary for " + level.label() + " " + canonical + " in edition "
                        + snapshot.edition().name()));
        Shape drawn = metres == 0 ? shape.shape() : simplified.of(snapshot.edition(), level, shape, metres);
        StreamingOutput body = stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 14);
            GeoJsonFeatures.write(out, region, level, shape.interiorPoint(), drawn);
            out.flush();
        };
        return Response.ok(body, GeoJsonFeatures.MEDIA_TYPE).build();
    }

    private static String capitalized(Level level) {
        return Character.toUpperCase(level.label().charAt(0)) + level.label().substring(1);
    }
}
