package id.wilayah.api.http.json;

import id.wilayah.api.http.paging.PageLinks;
import id.wilayah.api.http.paging.PageRequest;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.search.LevelIndex;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers a native list: a page with X-Total-Count and Link when asked for, else the whole list. A whole list of a
 * parent's children (or all provinces or kota) is serialised once per edition and kept with the level's index: the
 * read-path benchmark measured the 31 kecamatan of a kota at 0.78× the framework floor when serialised per request;
 * longer lists are streamed.
 */
public final class ListResponses {
    public static final String TOTAL_COUNT = "X-Total-Count";

    private ListResponses() {
    }

    /** {@code view} must be the one native item view of the level: the kept JSON is looked up by level and parent. */
    public static <R extends Region, T> Response of(LevelIndex<R> level, String parentCode, String nameFilter,
                                                    Function<R, T> view, String page, String limit, UriInfo uri) {
        PageRequest request = PageRequest.optional(page, limit);
        if (request == null && nameFilter == null) {
            Optional<byte[]> kept = keptJson(level, parentCode, view);
            if (kept.isPresent()) {
                return Response.ok(kept.get(), MediaType.APPLICATION_JSON).build();
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
                .header("Link", PageLinks.header(uri.getRequestUri(), request, regions.size()))
                .build();
    }

    /** The whole list of {@code parentCode}'s children as JSON, if it is short enough to keep. */
    public static <R extends Region, T> Optional<byte[]> keptJson(LevelIndex<R> level, String parentCode,
                                                                  Function<R, T> view) {
        return level.derivedFromList(parentCode, ListResponses.class,
                regions -> new JsonArrayStream<>(regions, view, JsonConfiguration.JSONB).bytes());
    }
}
