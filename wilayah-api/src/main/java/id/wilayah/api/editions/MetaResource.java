package id.wilayah.api.editions;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.NameCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("meta")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions")
public class MetaResource {
    @Inject
    RequestedEdition edition;

    @Inject
    RegionDirectory directory;

    @Inject
    @ConfigProperty(name = "wilayah.api.name-case", defaultValue = "UPPER")
    NameCase nameCase;

    @GET
    @Operation(summary = "The edition answering requests and its counts")
    @APIResponse(responseCode = "200", description = "Edition, counts and name case",
            content = @Content(schema = @Schema(implementation = Meta.class)))
    @APIResponse(responseCode = "404", description = "The pinned edition does not exist", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Meta meta() {
        RegionSnapshot snapshot = edition.snapshot();
        String active = directory.current().edition().name();
        return new Meta(snapshot.edition().name(), snapshot.edition().codeSystem(),
                active.equals(snapshot.edition().name()), active, Counts.of(snapshot.counts()), nameCase.name());
    }
}
