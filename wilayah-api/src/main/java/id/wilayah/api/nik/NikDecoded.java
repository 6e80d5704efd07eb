package id.wilayah.api.nik;

import id.wilayah.domain.nik.Nik;
import id.wilayah.domain.nik.NikRegion;
import id.wilayah.domain.region.Region;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Locale;

@JsonbPropertyOrder({"nik", "valid", "province", "city", "district", "birthDate", "sex", "serial", "regionEdition",
        "regionCurrent"})
public record NikDecoded(String nik, boolean valid, Ref province, Ref city, Ref district,
                         @JsonbProperty("birth_date") LocalDate birthDate, String sex, String serial,
                         @JsonbProperty("region_edition") String regionEdition,
                         @JsonbProperty("region_current") boolean regionCurrent) {
    public record Ref(String code, String name) {
        static Ref of(Region region) {
            return new Ref(region.code(), region.name());
        }
    }

    static NikDecoded of(Nik nik, NikRegion region) {
        return new NikDecoded(nik.digits(), true, Ref.of(region.province()), Ref.of(region.regency()),
                Ref.of(region.district()), nik.birthDate(), nik.sex().name().toLowerCase(Locale.ROOT), nik.serial(),
                region.edition(), region.current());
    }
}
