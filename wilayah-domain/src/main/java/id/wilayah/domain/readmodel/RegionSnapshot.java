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
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.AddressResolver;
import id.wilayah.domain.search.LevelIndex;
import id.wilayah.domain.search.RelevanceSearch;
import id.wilayah.domain.search.SearchHits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    private final OwnResolver ownResolver;
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
        this.ownResolver = new OwnResolver(() -> new AddressResolver(this.provinces.all(), this.regencies.all(),
                this.districts.all(), this.villages.all()));
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
        this.ownResolver = null;
        this.islands = own.islands;
    }

    private RegionSnapshot(RegionSnapshot snapshot, RegionSnapshot own, OwnResolver ownResolver) {
        this.edition = snapshot.edition;
        this.provinces = snapshot.provinces;
        this.regencies = snapshot.regencies;
        this.districts = snapshot.districts;
        this.villages = snapshot.villages;
        this.villagesByPostalCode = snapshot.villagesByPostalCode;
        this.own = own == null ? this : own;
        this.codes = snapshot.codes;
        this.ownResolver = ownResolver;
        this.islands = snapshot.islands;
    }

    /**
     * This snapshot with a resolver that also reads the regions' names in other editions (instead of any given
     * before); everything else is shared, not copied.
     */
    public RegionSnapshot withFormerNames(List<AddressResolver.FormerName> formerNames) {
        if (codes.translated()) {
            throw new IllegalStateException("Former names are given to the edition in its own codes");
        }
        AddressResolver reading = ownResolver.get().withFormerNames(formerNames);
        return new RegionSnapshot(this, null, new OwnResolver(() -> reading));
    }

    /**
     * This translated snapshot answering for {@code own}, the same edition now read with more names: the translation
     * is kept, the resolver followed.
     */
    public RegionSnapshot translating(RegionSnapshot own) {
        if (this.own == own || !codes.translated()) {
            return this;
        }
        return new RegionSnapshot(this, own, null);
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

    /**
     * Free-text addresses read as this snapshot's regions, answered in its codes. Built on first use, since most
     * snapshots (older editions, translations) never resolve an address; a translation reads with the edition's own
     * resolver and only answers in its codes.
     */
    public AddressResolver resolver() {
        if (codes.translated()) {
            return own.resolver().answeringAs(this::inTheseCodes);
        }
        return ownResolver.get();
    }

    private AddressCandidate inTheseCodes(AddressCandidate candidate) {
        return new AddressCandidate(inTheseCodes(Level.PROVINCE, candidate.province()),
                inTheseCodes(Level.REGENCY, candidate.regency()), inTheseCodes(Level.DISTRICT, candidate.district()),
                inTheseCodes(Level.VILLAGE, candidate.village()), candidate.postalCode(), candidate.confidence(),
                candidate.matched(), candidate.notes());
    }

    private <R extends Region> R inTheseCodes(Level level, R ownRegion) {
        return ownRegion == null ? null : this.<R>fromOwnCode(level, ownRegion.code()).orElse(ownRegion);
    }

    /** The resolver of an edition in its own codes, built once on first use. */
    private static final class OwnResolver {
        private final Supplier<AddressResolver> build;
        private volatile AddressResolver built;

        OwnResolver(Supplier<AddressResolver> build) {
            this.build = build;
        }

        AddressResolver get() {
            AddressResolver resolver = built;
            if (resolver == null) {
                synchronized (this) {
                    resolver = built;
                    if (resolver == null) {
                        resolver = build.get();
                        built = resolver;
                    }
                }
            }
            return resolver;
        }
    }

    /** Names matching {@code query} per level, most relevant first; {@code fuzzy} also tolerates small typos. */
    public SearchHits search(String query, int limitPerLevel, boolean fuzzy) {
        RelevanceSearch search = new RelevanceSearch(query, limitPerLevel, fuzzy);
        return new SearchHits(search.in(provinces), search.in(regencies), search.in(districts), search.in(villages));
    }
}
