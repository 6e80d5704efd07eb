package id.wilayah.api.geo;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.geo.ReverseMatch;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("reverse")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geography", description = "Boundaries, reverse geocoding, regions nearby")
public class ReverseResource {
    static final double DEFAULT_MAX_KM = 25;
    static final double MAX_KM = 100;
    /** How near a listed island's point must be to be named in the answer (CONTRACT §7). */
    static final int ISLAND_METRES = 2000;

    @Inject
    RequestedEdition edition;

    @Inject
    GeoDirectory geography;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "The regions containing a point (a dropped pin gives kelurahan, postal code and hierarchy)",
            description = "The village whose polygon contains the point, with its district, regency and province. "
                    + "Where a province's, regency's or district's polygon contains the point but no polygon of a "
                    + "finer level does (a small island only the province's polygon covers, a sliver between "
                    + "polygons), each finer level is the nearest region of that level within the one above, and "
                    + "inferred lists those levels. A point in no polygon (at sea, in a border gap) gets "
                    + "match=nearest: the nearest village within max_distance_km and its distance_m. kelurahan is "
                    + "null only where the edition has no village polygons to answer with. pulau names the island whose "
                    + "point lies nearest within 2 km, if one does.")
    @APIResponse(responseCode = "200", description = "The regions", content = @Content(
            schema = @Schema(implementation = ReverseAnswer.class)))
    @APIResponse(responseCode = "400", description = "Missing, non-numeric or out-of-range lat, lng or "
            + "max_distance_km", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No region within max_distance_km", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The edition's geography is still being imported or loaded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReverseAnswer reverse(@Parameter(description = "Latitude, WGS 84 decimal degrees") @QueryParam("lat")
                                 String lat,
                                 @Parameter(description = "Longitude, WGS 84 decimal degrees") @QueryParam("lng")
                                 String lng,
                                 @Parameter(description = "How far the nearest region may be, in km (default 25, at"
                                         + " most 100)") @QueryParam("max_distance_km") String maxDistanceKm) {
        double latitude = GeoInput.latitude(lat);
        double longitude = GeoInput.longitude(lng);
        double maxKm = GeoInput.optional("max_distance_km", maxDistanceKm, DEFAULT_MAX_KM, MAX_KM);
        RegionSnapshot snapshot = edition.snapshot();
        ReverseMatch match = geography.require(snapshot.edition()).reverse(latitude, longitude, maxKm * 1000)
                .orElseThrow(() -> new NotFoundException("No region within " + formatKm(maxKm) + " km of the point"));
        return answer(snapshot, match, snapshot.islands().nearest(latitude, longitude, ISLAND_METRES)
                .map(near -> new ReverseAnswer.Island(near.island().code(), near.island().name(),
                        Math.round(near.distanceMetres()))).orElse(null));
    }

    /** Walks up the edition in its own codes, which the geography uses, and answers in the request's codes. */
    private ReverseAnswer answer(RegionSnapshot answering, ReverseMatch match, ReverseAnswer.Island island) {
        RegionSnapshot snapshot = answering.own();
        Village village = null;
        District district = null;
        Regency regency = null;
        Province province = null;
        String code = match.code();
        if (match.level() == Level.VILLAGE) {
            village = snapshot.villages().find(code).orElse(null);
            code = village == null ? null : village.districtCode();
        }
        if (code != null && match.level().compareTo(Level.DISTRICT) >= 0) {
            district = snapshot.districts().find(code).orElse(null);
            code = district == null ? null : district.regencyCode();
        }
        if (code != null && match.level().compareTo(Level.REGENCY) >= 0) {
            regency = snapshot.regencies().find(code).orElse(null);
            code = regency == null ? null : regency.provinceCode();
        }
        if (code != null) {
            province = snapshot.provinces().find(code).orElse(null);
        }
        Village answered = translated(answering, Level.VILLAGE, village);
        List<String> inferred = new ArrayList<>();
        for (Level level : match.inferred()) {
            Region region = switch (level) {
                case PROVINCE -> province;
                case REGENCY -> regency;
                case DISTRICT -> district;
                case VILLAGE -> village;
            };
            if (region != null) {
                inferred.add(level.label());
            }
        }
        return new ReverseAnswer(match.inside() ? "inside" : "nearest", Math.round(match.distanceMetres()),
                answered == null ? null : new ReverseAnswer.Village(answered.code(), answered.name(),
                        answered.postalCode()),
                named(answering, Level.DISTRICT, district), named(answering, Level.REGENCY, regency),
                named(answering, Level.PROVINCE, province), inferred, island);
    }

    private ReverseAnswer.Named named(RegionSnapshot answering, Level level, Region region) {
        Region answered = translated(answering, level, region);
        return answered == null ? null : new ReverseAnswer.Named(answered.code(), answered.name());
    }

    private <R extends Region> R translated(RegionSnapshot answering, Level level, R region) {
        if (region == null) {
            return null;
        }
        R answered = answering.<R>fromOwnCode(level, region.code()).orElse(region);
        RequestedCodes.noteUntranslated(request, answering, answered);
        return answered;
    }

    private static String formatKm(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }
}
