package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.island.Islands;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCounts;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressResolver;
import id.wilayah.domain.search.LevelIndex;
import id.wilayah.domain.search.RelevanceSearch;
import id.wilayah.domain.search.SearchHits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every region of one edition, held in memory and never modified after construction, so a request that obtained it
 * answers entirely from one edition even while another one is being activated.
 */
public final class RegionSnapshot {
    private final EditionInfo edition;
    private final LevelIndex<Province> provinces;
    private final LevelIndex<Regency> regencies;
    private final LevelIndex<District> districts;
    private final LevelIndex<Village> villages;
    private final Map<String, List<Village>> villagesByPostalCode;
    private final RegionSnapshot own;
    private final SnapshotCodes codes;
    private final AddressResolver resolver;
    private final Islands islands;

    public RegionSnapshot(EditionInfo edition, List<Province> provinces, List<Regency> regencies,
                          List<District> districts, List<Village> villages) {
        this(edition, provinces, regencies, districts, villages, Islands.none());
    }

    public RegionSnapshot(EditionInfo edition, List<Province> provinces, List<Regency> regencies,
                          List<District> districts, List<Village> villages, Islands islands) {
        this.edition = edition;
        this.provinces = new LevelIndex<>(provinces);
        this.regencies = new LevelIndex<>(regencies);
        this.districts = new LevelIndex<>(districts);
        this.villages = new LevelIndex<>(villages);
        this.villagesByPostalCode = indexByPostalCode(this.villages.all());
        this.own = this;
        this.codes = SnapshotCodes.own(edition.codeSystem());
        this.resolver = new AddressResolver(provinces, regencies, districts, villages);
        this.islands = islands;
    }

    /** The regions of {@code own} under the codes of another system, as {@code codes} describes them. */
    public RegionSnapshot(RegionSnapshot own, List<Province> provinces, List<Regency> regencies,
                          List<District> districts, List<Village> villages, SnapshotCodes codes) {
        this.edition = own.edition();
        this.provinces = new LevelIndex<>(provinces, codes::findable, codes::listedUnderParent);
        this.regencies = new LevelIndex<>(regencies, codes::findable, codes::listedUnderParent);
        this.districts = new LevelIndex<>(districts, codes::findable, codes::listedUnderParent);
        this.villages = new LevelIndex<>(villages, codes::findable, codes::listedUnderParent);
        this.villagesByPostalCode = indexByPostalCode(this.villages.all());
        this.own = own;
        this.codes = codes;
        this.resolver = new AddressResolver(provinces, regencies, districts, villages);
        this.islands = own.islands;
    }

    private RegionSnapshot(RegionSnapshot snapshot, AddressResolver resolver) {
        this.edition = snapshot.edition;
        this.provinces = snapshot.provinces;
        this.regencies = snapshot.regencies;
        this.districts = snapshot.districts;
        this.villages = snapshot.villages;
        this.villagesByPostalCode = snapshot.villagesByPostalCode;
        this.own = snapshot.own == snapshot ? this : snapshot.own;
        this.codes = snapshot.codes;
        this.resolver = resolver;
        this.islands = snapshot.islands;
    }

    /**
     * This snapshot with a resolver that also reads the regions' names in other editions (instead of any given
     * before); everything else is shared, not copied.
     */
    public RegionSnapshot withFormerNames(List<AddressResolver.FormerName> formerNames) {
        return new RegionSnapshot(this, resolver.withFormerNames(formerNames));
    }

    private static Map<String, List<Village>> indexByPostalCode(List<Village> villages) {
        Map<String, List<Village>> index = new HashMap<>();
        for (Village village : villages) {
            if (village.postalCode() == null) {
                continue;
            }
            for (String postalCode : village.postalCode().split(",")) {
                index.computeIfAbsent(postalCode.strip(), p -> new ArrayList<>()).add(village);
            }
        }
        index.replaceAll((postalCode, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }

    public EditionInfo edition() {
        return edition;
    }

    /** Whose codes this snapshot answers with. */
    public SnapshotCodes codes() {
        return codes;
    }

    /** The same edition in its own codes: this snapshot unless it is translated. */
    public RegionSnapshot own() {
        return own;
    }

    /** The region that has {@code ownCode} in the edition, as this snapshot answers it. */
    @SuppressWarnings("unchecked")
    public <R extends Region> Optional<R> fromOwnCode(Level level, String ownCode) {
        if (!codes.translated()) {
            return (Optional<R>) (Optional<?>) level(level).find(ownCode);
        }
        return codes.byOwnCode(level, ownCode).map(region -> (R) region);
    }

    /** The regions of one level, in code order. */
    public LevelIndex<? extends Region> level(Level level) {
        return switch (level) {
            case PROVINCE -> provinces;
            case REGENCY -> regencies;
            case DISTRICT -> districts;
            case VILLAGE -> villages;
        };
    }

    public LevelIndex<Province> provinces() {
        return provinces;
    }

    public LevelIndex<Regency> regencies() {
        return regencies;
    }

    public LevelIndex<District> districts() {
        return districts;
    }

    public LevelIndex<Village> villages() {
        return villages;
    }

    /** The edition's islands, always under their own codes (no other code system codes islands). */
    public Islands islands() {
        return islands;
    }

    public List<Village> villagesWithPostalCode(String postalCode) {
        return villagesByPostalCode.getOrDefault(postalCode, List.of());
    }

    public RegionCounts counts() {
        return new RegionCounts(provinces.size(), regencies.size(), districts.size(), villages.size());
    }

    /** Free-text addresses read as this snapshot's regions, answered in its codes. */
    public AddressResolver resolver() {
        return resolver;
    }

    /** Names matching {@code query} per level, most relevant first; {@code fuzzy} also tolerates small typos. */
    public SearchHits search(String query, int limitPerLevel, boolean fuzzy) {
        RelevanceSearch search = new RelevanceSearch(query, limitPerLevel, fuzzy);
        return new SearchHits(search.in(provinces), search.in(regencies), search.in(districts), search.in(villages));
    }
}
