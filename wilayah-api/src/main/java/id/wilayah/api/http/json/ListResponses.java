package id.wilayah.api.http.json;

import id.wilayah.api.http.paging.PageLinks;
import id.wilayah.api.http.paging.PageRequest;
import id.wilayah.api.http.paging.PublicUrl;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.search.LevelIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers a native list: a page with X-Total-Count and Link when asked for, else the whole list. A whole list of a
 * parent's children (or all provinces or kota) is served from the body kept for its snapshot, since serialising it
 * per request costs more than the rest of the request; longer lists are streamed.
 */
@ApplicationScoped
public class ListResponses {
    public static final String TOTAL_COUNT = "X-Total-Count";

    private final KeptLists kept = new KeptLists();

    @Inject
    PublicUrl publicUrl;

    /** {@code view} must be the one native item view of the level: the kept JSON is looked up by level and parent. */
    public <R extends Region, T> Response of(RegionSnapshot snapshot, LevelIndex<R> level, String parentCode,
                                             String nameFilter, Function<R, T> view, String page, String limit,
                                             UriInfo uri) {
        PageRequest request = PageRequest.optional(page, limit);
        if (request == null && nameFilter == null) {
            Optional<byte[]> body = kept.json(snapshot, level, parentCode, view);
            if (body.isPresent()) {
                return Response.ok(body.get(), MediaType.APPLICATION_JSON).build();
            }
        }
        List<R> regions = level.list(parentCode, nameFilter);
        if (request == null) {
            return Response.ok(new JsonArrayStream<>(regions, view, JsonConfiguration.JSONB),
                    MediaType.APPLICATION_JSON)
                    .build();
        }
        List<T> items = request.slice(regions).stream().map(view).toList();
        return Response.ok(items, MediaType.APPLICATION_JSON)
                .header(TOTAL_COUNT, regions.size())
                .header("Link", PageLinks.header(publicUrl.of(uri.getRequestUri()), request, regions.size()))
                .build();
    }
}
