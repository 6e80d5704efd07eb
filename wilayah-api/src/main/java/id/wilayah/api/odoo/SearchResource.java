package id.wilayah.api.odoo;

import id.wilayah.api.http.QueryInput;
import id.wilayah.domain.region.RegionDirectory;
import id.wilayah.domain.region.SearchHits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    @Inject
    RegionDirectory directory;

    /** One element holding the four groups, the array-of-one shape the Odoo module answered with. */
    @GET
    public List<SearchGroups> search(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        SearchHits hits = directory.current().search(QueryInput.searchQuery(q),
                QueryInput.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
        return List.of(new SearchGroups(
                hits.provinces().stream().map(ProvinsiItem::of).toList(),
                hits.regencies().stream().map(KotaItem::of).toList(),
                hits.districts().stream().map(KecamatanItem::of).toList(),
                hits.villages().stream().map(KelurahanItem::of).toList()));
    }
}
