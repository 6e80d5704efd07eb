package id.wilayah.api.history;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.lineage.RegionHistory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("{level: provinsi|kota|kecamatan|kelurahan}/{code}/history")
@RequestScoped
@Tag(name = "History", description = "Regions through the retained editions: created, renamed, re-coded, split,"
        + " merged, removed")
public class HistoryResource {
    private static final String EXAMPLE = "[{\"edition\":\"kemendagri-2022\",\"code\":\"9271\",\"name\":\"KOTA SORONG\","
            + "\"parent\":\"92\",\"event\":\"same\",\"with\":[]},{\"edition\":\"kemendagri-2023\",\"code\":\"9271\","
            + "\"name\":\"KOTA SORONG\",\"parent\":\"92\",\"event\":\"same\",\"with\":[]},"
            + "{\"edition\":\"kemendagri-2025\",\"code\":\"9671\",\"name\":\"KOTA SORONG\",\"parent\":\"96\","
            + "\"event\":\"recoded\",\"with\":[]}]";

    @Inject
    RequestedEdition edition;

    @Inject
    RegionHistory history;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A region's timeline through the retained editions",
            description = "Oldest first, one entry per retained edition of the region's code system (by decree"
                    + " year) from where it was created, or the oldest edition, to the newest, or to where it was"
                    + " removed. Each entry gives the code, name and parent code in that edition and the event"
                    + " against the edition before; the lineage is followed through the crosswalks of consecutive"
                    + " editions (at a split or merge through the part that kept the code, else the surest link,"
                    + " the others named in `with`). Codes are the editions' own, whatever the key's code system;"
                    + " `?edition=` names the edition the code is read in.")
    @APIResponse(responseCode = "200", description = "The timeline", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryItem.class),
            examples = @ExampleObject(name = "Kota Sorong", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region in the edition", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<HistoryItem> history(@Parameter(description = "provinsi, kota, kecamatan or kelurahan")
                                     @PathParam("level") String levelName,
                                     @Parameter(description = "Code, dots allowed", example = "9671")
                                     @PathParam("code") String code) {
        Level level = Arrays.stream(Level.values()).filter(candidate -> candidate.label().equals(levelName))
                .findFirst().orElseThrow();
        String canonical = RegionCode.normalize(level, code);
        RegionSnapshot snapshot = edition.snapshot();
        Region region = snapshot.level(level).find(canonical).orElseThrow(() -> new NotFoundException(
                Character.toUpperCase(level.label().charAt(0)) + level.label().substring(1) + " " + canonical
                        + " not found"));
        return history.of(snapshot.own(), level, snapshot.codes().ownCode(region)).stream()
                .map(HistoryItem::of).toList();
    }
}
