package id.wilayah.api.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Answers a native list: a page with X-Total-Count and Link when asked for, else the whole list streamed. */
public final class ListResponses {
    public static final String TOTAL_COUNT = "X-Total-Count";

    private ListResponses() {
    }

    public static <R, T> Response of(List<R> regions, Function<R, T> view, String page, String limit, UriInfo uri) {
        PageRequest request = PageRequest.optional(page, limit);
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
}
