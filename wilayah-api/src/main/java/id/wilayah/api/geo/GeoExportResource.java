package id.wilayah.api.geo;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("export/{level}.geojson")
@RequestScoped
@Tag(name = "Geography", description = "Boundaries, reverse geocoding, regions nearby")
public class GeoExportResource {
    @Inject
    RequestedEdition edition;

    @Inject
    GeoDirectory geography;

    @GET
    @Expensive
    @Produces(GeoJsonFeatures.MEDIA_TYPE)
    @Operation(summary = "One level's boundaries as a GeoJSON FeatureCollection (streamed)",
            description = "One Feature per line, ordered by code, as /api/{level}/{code}/boundary writes it; the"
                    + " format the importer accepts.")
    @APIResponse(responseCode = "200", description = "The FeatureCollection", content = @Content(
            mediaType = GeoJsonFeatures.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Unknown level", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The edition's geography is still being imported or loaded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "provinsi, kota, kecamatan, kelurahan (or provinces, regencies, "
            + "districts, villages)") @PathParam("level") String levelName) {
        Level level = GeoInput.level(levelName);
        RegionSnapshot snapshot = edition.snapshot();
        GeoModel geo = geography.require(snapshot.edition());
        List<RegionShape> shapes = geo.level(level).all().stream()
                .sorted(Comparator.comparing(RegionShape::code)).toList();
        StreamingOutput body = stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            boolean first = true;
            for (RegionShape shape : shapes) {
                Region region = snapshot.fromOwnCode(level, shape.code()).orElse(null);
                if (region != null) {
                    if (!first) {
                        out.write(",\n");
                    }
                    GeoJsonFeatures.write(out, region, level, shape.interiorPoint(), shape.shape());
                    first = false;
                }
            }
            out.write("\n]}\n");
            out.flush();
        };
        return Response.ok(body, GeoJsonFeatures.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + snapshot.edition().name() + "-"
                        + level.label() + ".geojson\"")
                .build();
    }
}
