package id.wilayah.api.nusantara;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.input.QueryInput;
import id.wilayah.api.http.paging.PageRequest;
import id.wilayah.api.nusantara.view.Page;
import id.wilayah.api.nusantara.view.PageMeta;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.search.LevelIndex;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The list and lookup rules wilayah-nusantara clients rely on, shared by the four level resources: {@code code=} wins
 * over every filter and answers the bare item or JSON null; otherwise a page of 10 by default. A code that cannot
 * exist simply matches nothing here, as it did on the replaced API. Each subclass declares its path, its parameter
 * names and its documentation, since those are the contract and differ per level. Its item shapes have no room for
 * more fields, so codes answered untranslated for want of a counterpart are named in a header instead
 * ({@link RequestedCodes#UNTRANSLATED_HEADER}).
 *
 * @param <R> the level's region
 * @param <T> the level's item
 */
abstract class LevelList<R extends Region, T> {
    private static final int DEFAULT_LIMIT = 10;
    private static final StreamingOutput JSON_NULL = out -> out.write("null".getBytes(StandardCharsets.US_ASCII));

    @Inject
    RequestedEdition edition;

    @Inject
    HttpServletRequest request;

    private final Level level;
    private final Level parentLevel;
    private final Function<RegionSnapshot, LevelIndex<R>> index;
    private final Function<R, T> view;
    private final String englishLevel;

    LevelList(Level level, Level parentLevel, Function<RegionSnapshot, LevelIndex<R>> index, Function<R, T> view,
              String englishLevel) {
        this.level = level;
        this.parentLevel = parentLevel;
        this.index = index;
        this.view = view;
        this.englishLevel = englishLevel;
    }

    Response listed(String code, String parentCode, String name, String pageNumber, String limit) {
        LevelIndex<R> regions = index.apply(edition.snapshot());
        if (code != null) {
            return find(regions, code).map(this::noted).map(view)
                    .map(item -> Response.ok(item, MediaType.APPLICATION_JSON))
                    .orElseGet(() -> Response.ok(JSON_NULL, MediaType.APPLICATION_JSON))
                    .build();
        }
        PageRequest page = PageRequest.ofAnySize(pageNumber, limit, DEFAULT_LIMIT);
        Optional<String> parent = parentCode == null ? Optional.empty() : canonical(parentLevel, parentCode);
        List<R> matches = parentCode != null && parent.isEmpty() ? List.of()
                : regions.listContaining(parent.orElse(null), QueryInput.nameFilterAsWritten(name));
        List<T> data = page.slice(matches).stream().map(this::noted).map(view).toList();
        return Response.ok(new Page<>(data, new PageMeta(page.limit(), page.page(), matches.size())),
                MediaType.APPLICATION_JSON).build();
    }

    T found(String code) {
        return find(index.apply(edition.snapshot()), code).map(this::noted).map(view)
                .orElseThrow(() -> new NotFoundException(englishLevel + " not found"));
    }

    private R noted(R region) {
        RequestedCodes.noteUntranslated(request, edition.snapshot(), region);
        return region;
    }

    private Optional<R> find(LevelIndex<R> regions, String code) {
        return canonical(level, code).flatMap(regions::find);
    }

    private static Optional<String> canonical(Level level, String code) {
        try {
            return Optional.of(RegionCode.normalize(level, code));
        } catch (InvalidInputException impossibleCode) {
            return Optional.empty();
        }
    }
}
