package id.wilayah.api.geo;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.geo.NearbyRegion;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("nearby")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geography", description = "Boundaries, reverse geocoding, regions nearby")
public class NearbyResource {
    static final double DEFAULT_RADIUS_KM = 5;
    static final double MAX_RADIUS_KM = 100;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    @Inject
    RequestedEdition edition;

    @Inject
    GeoDirectory geography;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "Regions of a level near a point, nearest first",
            description = "By the distance from the point to each region's interior point (a point inside it).")
    @APIResponse(responseCode = "200", description = "Up to limit regions within radius_km", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = NearbyItem.class)))
    @APIResponse(responseCode = "400", description = "Missing or bad lat, lng, level, radius_km or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The edition's geography is still being imported or loaded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<NearbyItem> nearby(@Parameter(description = "Latitude") @QueryParam("lat") String lat,
                                   @Parameter(description = "Longitude") @QueryParam("lng") String lng,
                                   @Parameter(description = "provinsi, kota, kecamatan or kelurahan (default)")
                                   @QueryParam("level") String levelName,
                                   @Parameter(description = "Radius in km (default 5, at most 100)")
                                   @QueryParam("radius_km") String radiusKm,
                                   @Parameter(description = "At most this many (default 10, 1 to 100)")
                                   @QueryParam("limit") String limit) {
        double latitude = GeoInput.latitude(lat);
        double longitude = GeoInput.longitude(lng);
        Level level = levelName == null || levelName.isBlank() ? Level.VILLAGE : GeoInput.level(levelName);
        double radius = GeoInput.optional("radius_km", radiusKm, DEFAULT_RADIUS_KM, MAX_RADIUS_KM);
        int count = GeoInput.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        RegionSnapshot snapshot = edition.snapshot();
        List<NearbyItem> items = new ArrayList<>();
        for (NearbyRegion near : geography.require(snapshot.edition()).level(level)
                .nearby(latitude, longitude, radius * 1000, count)) {
            Region region = snapshot.fromOwnCode(level, near.code()).orElse(null);
            if (region != null) {
                RequestedCodes.noteUntranslated(request, snapshot, region);
                items.add(new NearbyItem(region.code(), region.name(), Math.round(near.distanceMetres()),
                        Math.round(near.interiorPoint().lat() * 1e6) / 1e6,
                        Math.round(near.interiorPoint().lng() * 1e6) / 1e6));
            }
        }
        return items;
    }
}
