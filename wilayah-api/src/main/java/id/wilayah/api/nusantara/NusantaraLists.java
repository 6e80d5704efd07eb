package id.wilayah.api.nusantara;

import id.wilayah.api.http.input.QueryInput;
import id.wilayah.api.http.paging.PageRequest;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.search.LevelIndex;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The list and lookup rules wilayah-nusantara clients rely on: {@code code=} wins over every filter and answers the
 * bare item or JSON null; otherwise a page of 10 by default. A code that cannot exist simply matches nothing here,
 * as it did on the replaced API.
 */
final class NusantaraLists {
    static final int DEFAULT_LIMIT = 10;
    private static final StreamingOutput JSON_NULL = out -> out.write("null".getBytes(StandardCharsets.US_ASCII));

    private NusantaraLists() {
    }

    static <R extends Region, T> Response list(LevelIndex<R> index, Level level, Function<R, T> view, String code,
                                               Level parentLevel, String parentCode, String name, String page,
                                               String limit) {
        if (code != null) {
            return find(index, level, code).map(view)
                    .map(item -> Response.ok(item, MediaType.APPLICATION_JSON))
                    .orElseGet(() -> Response.ok(JSON_NULL, MediaType.APPLICATION_JSON))
                    .build();
        }
        PageRequest request = PageRequest.of(page, limit, DEFAULT_LIMIT);
        List<R> matches;
        if (parentCode != null && canonical(parentLevel, parentCode).isEmpty()) {
            matches = List.of();
        } else {
            String parent = parentCode == null ? null : canonical(parentLevel, parentCode).orElseThrow();
            matches = index.list(parent, QueryInput.nameFilter(name));
        }
        List<T> data = request.slice(matches).stream().map(view).toList();
        return Response.ok(new Page<>(data, new PageMeta(request.limit(), request.page(), matches.size())),
                MediaType.APPLICATION_JSON).build();
    }

    static <R extends Region, T> T one(LevelIndex<R> index, Level level, Function<R, T> view, String code,
                                       String englishLevel) {
        return find(index, level, code).map(view)
                .orElseThrow(() -> new NotFoundException(englishLevel + " not found"));
    }

    private static <R extends Region> Optional<R> find(LevelIndex<R> index, Level level, String code) {
        return canonical(level, code).flatMap(index::find);
    }

    private static Optional<String> canonical(Level level, String code) {
        try {
            return Optional.of(RegionCode.normalize(level, code));
        } catch (InvalidInputException impossibleCode) {
            return Optional.empty();
        }
    }
}
