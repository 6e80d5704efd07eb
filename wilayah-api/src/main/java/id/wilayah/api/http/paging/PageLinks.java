package id.wilayah.api.http.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The RFC 8288 {@code Link} header of a page: first, prev, next and last, keeping the request's other parameters. */
public final class PageLinks {
    private PageLinks() {
    }

    public static String header(URI request, PageRequest page, int total) {
        int last = page.lastPage(total);
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, page.limit(), "first"));
        if (page.page() > 1) {
            links.add(link(request, Math.min(page.page() - 1, last), page.limit(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(request, page.page() + 1, page.limit(), "next"));
        }
        links.add(link(request, last, page.limit(), "last"));
        return String.join(", ", links);
    }

    private static String link(URI request, int page, int limit, String rel) {
        StringBuilder query = new StringBuilder();
        if (request.getRawQuery() != null) {
            for (String parameter : request.getRawQuery().split("&")) {
                if (!parameter.isEmpty() && !parameter.startsWith("page=") && !parameter.startsWith("limit=")
                        && !parameter.equals("page") && !parameter.equals("limit")) {
                    query.append(parameter).append('&');
                }
            }
        }
        query.append("page=").append(page).append("&limit=").append(limit);
        String base = request.toString().replaceFirst("[?#].*$", "");
        return "<" + base + "?" + query + ">; rel=\"" + rel + "\"";
    }
}
