package id.wilayah.api.odoo;

import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.http.input.QueryInput;
import id.wilayah.api.odoo.view.KecamatanItem;
import id.wilayah.api.odoo.view.KelurahanItem;
import id.wilayah.api.odoo.view.KotaItem;
import id.wilayah.api.odoo.view.ProvinsiItem;
import id.wilayah.api.odoo.view.SearchGroups;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.search.SearchHits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AnswersFromAnEdition
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Native regions")
public class SearchResource {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    @Inject
    RequestedEdition edition;

    /** One element holding the four groups, the array-of-one shape the Odoo module answered with. */
    @Expensive(whenQueryFlag = "fuzzy")
    @GET
    @Operation(summary = "Search all levels by name",
            description = "Each group ordered by relevance: exact name, prefix, word prefix, substring, then (with "
                    + "fuzzy=true) names within one or two typos.")
    @APIResponse(responseCode = "200", description = "One object with the four groups",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SearchGroups.class)))
    @APIResponse(responseCode = "400", description = "q shorter than 3 characters, or bad limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SearchGroups> search(
            @Parameter(description = "At least 3 characters after trimming", required = true) @QueryParam("q") String q,
            @Parameter(description = "Most hits per group, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "Also find names with small typos (bandug finds BANDUNG)")
            @QueryParam("fuzzy") boolean fuzzy) {
        RegionSnapshot snapshot = edition.snapshot();
        SearchHits hits = snapshot.search(QueryInput.searchQuery(q), QueryInput.limit(limit, DEFAULT_LIMIT, MAX_LIMIT),
                fuzzy);
        SnapshotCodes codes = snapshot.codes();
        return List.of(new SearchGroups(
                hits.provinces().stream().map(province -> ProvinsiItem.of(codes, province)).toList(),
                hits.regencies().stream().map(regency -> KotaItem.of(codes, regency)).toList(),
                hits.districts().stream().map(district -> KecamatanItem.of(codes, district)).toList(),
                hits.villages().stream().map(village -> KelurahanItem.of(codes, village)).toList()));
    }
}
