package id.wilayah.domain.resolve;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns free-text addresses into the regions of one edition, with a confidence. Built once per snapshot from its
 * regions and immutable, so one instance answers any number of threads without a database query.
 */
public final class AddressResolver {
    /** The most candidates one resolution lists. */
    public static final int MAX_LIMIT = 20;

    private final NameTable<Province> provinces;
    private final NameTable<Regency> regencies;
    private final NameTable<District> districts;
    private final NameTable<Village> villages;
    private final Map<String, int[]> villagesByPostalCode;
    private final UnaryOperator<AddressCandidate> answer;

    public AddressResolver(List<Province> provinces, List<Regency> regencies, List<District> districts,
                           List<Village> villages) {
        this.provinces = new NameTable<>(provinces, name -> shortFormKeys(name, ShortForms.PROVINCES));
        this.regencies = new NameTable<>(regencies, name -> shortFormKeys(name, ShortForms.REGENCIES));
        this.districts = new NameTable<>(districts, AddressResolver::nameKeys);
        this.villages = new NameTable<>(villages, AddressResolver::nameKeys);
        this.villagesByPostalCode = indexByPostalCode(this.villages);
        this.answer = UnaryOperator.identity();
    }

    private AddressResolver(AddressResolver current, List<FormerName> formerNames) {
        this.provinces = current.provinces.withFormerNames(at(Level.PROVINCE, formerNames));
        this.regencies = current.regencies.withFormerNames(at(Level.REGENCY, formerNames));
        this.districts = current.districts.withFormerNames(at(Level.DISTRICT, formerNames));
        this.villages = current.villages.withFormerNames(at(Level.VILLAGE, formerNames));
        this.villagesByPostalCode = current.villagesByPostalCode;
        this.answer = current.answer;
    }

    private AddressResolver(AddressResolver current, UnaryOperator<AddressCandidate> answer) {
        this.provinces = current.provinces;
        this.regencies = current.regencies;
        this.districts = current.districts;
        this.villages = current.villages;
        this.villagesByPostalCode = current.villagesByPostalCode;
        this.answer = answer;
    }

    /**
     * The name a region of this edition had in another edition of its code system, by its code in this edition:
     * {@code edition} is where it was so named.
     */
    public record FormerName(Level level, String code, String name, String edition) {
    }

    /**
     * This resolver also reading the given former names (instead of any given before) as their regions of today, with
     * a note and a little less confidence. Where one region had the same former name in several editions, the first
     * given is quoted, so give the newest edition's first.
     */
    public AddressResolver withFormerNames(List<FormerName> formerNames) {
        return new AddressResolver(this, formerNames);
    }

    /**
     * This resolver reading the same names but answering each candidate as {@code answer} turns it: the same edition
     * in another code system shares the tables instead of building its own.
     */
    public AddressResolver answeringAs(UnaryOperator<AddressCandidate> answer) {
        return new AddressResolver(this, answer);
    }

    private static List<FormerName> at(Level level, List<FormerName> formerNames) {
        return formerNames.stream().filter(name -> name.level() == level).toList();
    }

    /** The candidates for {@code text}, likeliest first, at most {@code limit} (1 to {@link #MAX_LIMIT}). */
    public Resolution resolve(String text, int limit) {
        String query = text == null ? "" : text;
        Readings readings = new Readings(this, AddressText.of(query));
        Resolution resolution = readings.resolution(Math.max(1, Math.min(MAX_LIMIT, limit)));
        return new Resolution(resolution.query(), resolution.candidates().stream().map(answer).toList(),
                resolution.rest());
    }

    /** The name's key, and without a bracketed part ({@code Lhok (Pasi)}), which labels tend to leave out. */
    private static List<String> nameKeys(String name) {
        List<String> keys = new ArrayList<>();
        keys.add(AddressText.key(name));
        int bracket = name.indexOf('(');
        if (bracket > 0) {
            keys.add(AddressText.key(name.substring(0, bracket)));
        }
        return keys;
    }

    /** The full name, the name without the opening people leave out, and the short forms standing for it. */
    private static List<String> shortFormKeys(String name, Map<String, String> shortForms) {
        List<String> keys = nameKeys(name);
        String core = ShortForms.core(keys.get(0));
        keys.add(core);
        shortForms.forEach((shortForm, standsFor) -> {
            if (standsFor.equals(core)) {
                keys.add(AddressText.key(shortForm));
            }
        });
        return keys;
    }

    private static Map<String, int[]> indexByPostalCode(NameTable<Village> villages) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int ordinal = 0; ordinal < villages.size(); ordinal++) {
            String postalCodes = villages.region(ordinal).postalCode();
            if (postalCodes != null) {
                for (String postalCode : postalCodes.split(",")) {
                    lists.computeIfAbsent(postalCode.strip(), p -> new ArrayList<>()).add(ordinal);
                }
            }
        }
        Map<String, int[]> index = new HashMap<>(lists.size() * 2);
        lists.forEach((postalCode, list) -> index.put(postalCode, list.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    NameTable<? extends Region> table(Level level) {
        return switch (level) {
            case PROVINCE -> provinces;
            case REGENCY -> regencies;
            case DISTRICT -> districts;
            case VILLAGE -> villages;
        };
    }

    int[] villagesWithPostalCode(String postalCode) {
        return villagesByPostalCode.getOrDefault(postalCode, new int[0]);
    }

    /** Kabupaten or Kota, from the edition's type or else from the name. */
    static String regencyType(Regency regency) {
        if (regency.type() != null && !regency.type().isBlank()) {
            return regency.type().strip().toUpperCase(Locale.ROOT);
        }
        return regency.searchKey().startsWith("KOTA") ? "KOTA" : "KABUPATEN";
    }
}
