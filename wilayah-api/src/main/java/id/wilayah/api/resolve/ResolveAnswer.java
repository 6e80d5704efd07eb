package id.wilayah.api.resolve;

import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.MatchedText;
import id.wilayah.domain.resolve.Resolution;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One address as resolved: the input, its candidates likeliest first, and what of it named no region. */
@Schema(name = "ResolveAnswer")
@JsonbPropertyOrder({"query", "candidates", "rest"})
public record ResolveAnswer(
        @Schema(description = "The address as sent",
                example = "Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat 40386")
        String query,
        @Schema(description = "Highest confidence first, at most limit; empty when nothing is recognised")
        List<Candidate> candidates,
        @Schema(description = "What no region was read from: street, number, RT/RW, hamlet, estate",
                example = "Jl. Raya Kertasari No. 12") String rest) {
    private static final List<String> CODE_KEPT = List.of("code");

    /**
     * One reading of the address, answered in the snapshot's codes. A region whose code stayed the edition's own (no
     * counterpart in the requested code system) says so in its {@code untranslated} field, as the native shapes do.
     */
    static ResolveAnswer of(Resolution resolution, SnapshotCodes codes) {
        List<Candidate> candidates = resolution.candidates().stream()
                .map(candidate -> Candidate.of(candidate, codes)).toList();
        return new ResolveAnswer(resolution.query(), candidates, resolution.rest());
    }

    /** A reading down to the village, or stopping higher where the text names no village that can be found. */
    @Schema(name = "ResolveCandidate")
    @JsonbPropertyOrder({"kelurahan", "kecamatan", "kota", "provinsi", "confidence", "matched", "notes"})
    public record Candidate(
            @Schema(description = "null when the candidate stops at a higher level") Kelurahan kelurahan,
            Named kecamatan, Named kota, Named provinsi,
            @Schema(description = "0..1, calibrated: of best candidates at 0.9 or more, at most 1 in 200 is wrong",
                    example = "0.98") double confidence,
            Matched matched,
            @Schema(description = "What lowered the confidence: a postal code of another district, a typo, a level "
                    + "missing, a name that fits several villages") List<String> notes) {

        static Candidate of(AddressCandidate candidate, SnapshotCodes codes) {
            MatchedText text = candidate.matched();
            return new Candidate(Kelurahan.of(candidate.village(), codes), Named.of(candidate.district(), codes),
                    Named.of(candidate.regency(), codes), Named.of(candidate.province(), codes),
                    candidate.confidence(), new Matched(text.village(), text.district(), text.regency(),
                    text.province(), text.postalCode()), candidate.notes());
        }
    }

    @Schema(name = "ResolvedKelurahan")
    @JsonbPropertyOrder({"code", "name", "postalCode", "untranslated"})
    public record Kelurahan(@Schema(example = "3204312005") String code,
                            @Schema(example = "NEGLAWANGI") String name,
                            @Schema(description = "Several joined by commas; null when unknown", example = "40386")
                            @JsonbNillable @JsonbProperty("postal_code") String postalCode,
                            @Schema(description = "[\"code\"] when the code is the edition's own for want of a "
                                    + "counterpart in the requested code system; absent otherwise")
                            @JsonbNillable(false) List<String> untranslated) {

        static Kelurahan of(Village village, SnapshotCodes codes) {
            return village == null ? null
                    : new Kelurahan(village.code(), village.name(), village.postalCode(), markIfKept(village, codes));
        }
    }

    @Schema(name = "ResolvedRegion")
    @JsonbPropertyOrder({"code", "name", "untranslated"})
    public record Named(@Schema(example = "320431") String code, @Schema(example = "KERTASARI") String name,
                        @Schema(description = "[\"code\"] when the code is the edition's own for want of a "
                                + "counterpart in the requested code system; absent otherwise")
                        @JsonbNillable(false) List<String> untranslated) {

        static Named of(Region region, SnapshotCodes codes) {
            return region == null ? null : new Named(region.code(), region.name(), markIfKept(region, codes));
        }
    }

    /**
     * The part of the input, as written, each level was read from; null for a level the text does not name. A renamed
     * property is left out when null unless it says it is nillable.
     */
    @Schema(name = "ResolvedFrom")
    @JsonbPropertyOrder({"kelurahan", "kecamatan", "kota", "provinsi", "postalCode"})
    public record Matched(@Schema(example = "Desa Neglawangi") String kelurahan,
                          @Schema(example = "Kec. Kertasari") String kecamatan,
                          @Schema(example = "Kab. Bandung") String kota,
                          @Schema(example = "Jawa Barat") String provinsi,
                          @Schema(example = "40386") @JsonbNillable @JsonbProperty("postal_code")
                          String postalCode) {
    }

    private static List<String> markIfKept(Region region, SnapshotCodes codes) {
        return codes.codeKept(region) ? CODE_KEPT : null;
    }
}
