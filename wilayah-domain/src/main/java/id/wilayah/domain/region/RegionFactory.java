package id.wilayah.domain.region;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the snapshot's region records: applies the served name case and shares identical strings (parent codes,
 * types, postal codes, repeated names) across rows, which keeps the read model of ~92k regions small.
 */
public final class RegionFactory {
    private final NameCase nameCase;
    private final Map<String, String> pool = new HashMap<>();

    public RegionFactory(NameCase nameCase) {
        this.nameCase = nameCase;
    }

    public Province province(String code, String name) {
        String served = intern(nameCase.apply(name));
        return new Province(code, served, key(served));
    }

    public Regency regency(String code, String provinceCode, String name, String type) {
        String served = intern(nameCase.apply(name));
        return new Regency(code, intern(provinceCode), served, intern(type), key(served));
    }

    public District district(String code, String regencyCode, String name) {
        String served = intern(nameCase.apply(name));
        return new District(code, intern(regencyCode), served, key(served));
    }

    public Village village(String code, String districtCode, String name, String type, String postalCode) {
        String served = intern(nameCase.apply(name));
        return new Village(code, intern(districtCode), served, intern(type), intern(postalCode), key(served));
    }

    private String key(String served) {
        return intern(served.toUpperCase(Locale.ROOT));
    }

    private String intern(String value) {
        return value == null ? null : pool.computeIfAbsent(value, v -> v);
    }
}
