package id.wilayah.api.odoo;

import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.input.QueryInput;
import id.wilayah.api.http.json.ListResponses;
import id.wilayah.api.odoo.view.RegionViews;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.store.GeoDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.search.LevelIndex;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shape the four native level resources share: a list filtered by parent and name, and one region by code with
 * its parents. Each subclass declares its path, its parameter names and its documentation, since those are the
 * contract and differ per level.
 *
 * @param <R> the level's region
 * @param <I> the level's list item
 * @param <D> the level's detail
 */
abstract class LevelResource<R extends Region, I, D> {
    @Inject
    RequestedEdition edition;

    @Inject
    ListResponses lists;

    @Inject
    GeoDirectory geography;

    @Context
    UriInfo uri;

    private final Level level;
    private final Level parentLevel;
    private final Function<RegionSnapshot, LevelIndex<R>> index;
    private final BiFunction<SnapshotCodes, R, I> item;
    private final BiFunction<RegionViews, R, D> detail;
    private final String label;

    LevelResource(Level level, Level parentLevel, Function<RegionSnapshot, LevelIndex<R>> index,
                  BiFunction<SnapshotCodes, R, I> item, BiFunction<RegionViews, R, D> detail, String label) {
        this.level = level;
        this.parentLevel = parentLevel;
        this.index = index;
        this.item = item;
        this.detail = detail;
        this.label = label;
    }

    Response listed(String parentCode, String name, String page, String limit) {
        String parent = parentCode == null ? null : RegionCode.normalize(parentLevel, parentCode);
        RegionSnapshot snapshot = edition.snapshot();
        SnapshotCodes codes = snapshot.codes();
        return lists.of(snapshot, index.apply(snapshot), parent, QueryInput.nameFilter(name),
                region -> item.apply(codes, region), page, limit, uri);
    }

    D found(String code) {
        String canonical = RegionCode.normalize(level, code);
        RegionSnapshot snapshot = edition.snapshot();
        Optional<GeoModel> geo = geography.ifLoaded(snapshot.edition());
        if (geo.isEmpty()) {
            edition.markIncomplete();
        }
        RegionViews views = new RegionViews(snapshot, geo.orElse(GeoModel.empty()));
        return index.apply(snapshot).find(canonical).map(region -> detail.apply(views, region))
                .orElseThrow(() -> new NotFoundException(label + " " + canonical + " not found"));
    }
}
