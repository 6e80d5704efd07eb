package id.wilayah.api.nik;

import id.wilayah.domain.nik.Nik;
import id.wilayah.domain.nik.NikLineage;
import id.wilayah.domain.nik.NikRegion;
import id.wilayah.domain.region.Region;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonbPropertyOrder({"nik", "valid", "province", "city", "district", "birthDate", "sex", "serial", "regionEdition",
        "regionCurrent", "resolvedVia"})
public record NikDecoded(String nik, boolean valid, Ref province, Ref city, Ref district,
                         @JsonbProperty("birth_date") LocalDate birthDate,
                         String sex, String serial,
                         @Schema(description = "The edition that names the region")
                         @JsonbProperty("region_edition") String regionEdition,
                         @Schema(description = "Whether the region is one of the requested edition (false: named"
                                 + " from an older retained edition, as it was then)")
                         @JsonbProperty("region_current") boolean regionCurrent,
                         @Schema(description = "Set when the NIK's district code is not in the requested edition and"
                                 + " was followed through the crosswalk from the retained edition that has it to the"
                                 + " region named above; null otherwise", nullable = true)
                         @JsonbProperty("resolved_via") ResolvedVia resolvedVia) {
    public record Ref(String code, String name) {
        static Ref of(Region region) {
            return new Ref(region.code(), region.name());
        }
    }

    /** The NIK's own district as the retained edition names it, and the crosswalk link that led to today's. */
    @Schema(name = "NikResolvedVia")
    @JsonbPropertyOrder({"edition", "code", "name", "match", "confidence"})
    public record ResolvedVia(@Schema(example = "kemendagri-2023") String edition,
                              @Schema(description = "The district code in the NIK", example = "920104") String code,
                              @Schema(example = "BERAUR") String name,
                              @Schema(description = "same-code, exact-name, fuzzy-name, split, merged or manual",
                                      example = "exact-name") String match,
                              @Schema(description = "0..1", example = "1.0") double confidence) {
        static ResolvedVia of(NikLineage lineage) {
            return lineage == null ? null : new ResolvedVia(lineage.edition(), lineage.code(), lineage.name(),
                    lineage.match().label(), lineage.confidence());
        }
    }

    static NikDecoded of(Nik nik, NikRegion region) {
        return new NikDecoded(nik.digits(), true, Ref.of(region.province()), Ref.of(region.regency()),
                Ref.of(region.district()), nik.birthDate(), nik.sex().name().toLowerCase(Locale.ROOT), nik.serial(),
                region.edition(), region.current(), ResolvedVia.of(region.resolvedVia()));
    }
}
