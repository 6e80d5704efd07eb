package id.wilayah.api.resolve;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.RegionFactory;
import id.wilayah.domain.region.Village;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A few regions of Kabupaten Bandung, in Kemendagri codes and as a BPS snapshot in which one village kept its code. */
final class ResolveFixture {
    private static final RegionFactory REGIONS = new RegionFactory(NameCase.UPPER);

    static final String LABEL = "Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat"
            + " 40386";

    private ResolveFixture() {
    }

    static RegionSnapshot kemendagri() {
        return new RegionSnapshot(new EditionInfo(1, "kemendagri-2025", "KEMENDAGRI"),
                List.of(REGIONS.province("32", "Jawa Barat")),
                List.of(REGIONS.regency("3204", "32", "Kabupaten Bandung", "Kabupaten")),
                List.of(REGIONS.district("320431", "3204", "Kertasari")),
                List.of(REGIONS.village("3204312005", "320431", "Neglawangi", "Desa", "40386"),
                        REGIONS.village("3204312006", "320431", "Cibeureum", "Desa", "40386"),
                        REGIONS.village("3204312007", "320431", "Sukapura", "Desa", null),
                        REGIONS.village("3204312008", "320431", "Sukapura", "Desa", null)));
    }

    /** KERTASARI as BPS 3204050 with NEGLAWANGI 3204050001; CIBEUREUM has no BPS counterpart and keeps its code. */
    static RegionSnapshot bps() {
        RegionSnapshot own = kemendagri();
        Province jawaBarat = REGIONS.province("32", "Jawa Barat");
        Regency bandung = REGIONS.regency("3204", "32", "Kabupaten Bandung", "Kabupaten");
        District kertasari = REGIONS.district("3204050", "3204", "Kertasari");
        Village neglawangi = REGIONS.village("3204050001", "3204050", "Neglawangi", "Desa", "40386");
        Village kept = REGIONS.village("3204312006", "3204050", "Cibeureum", "Desa", "40386");
        SnapshotCodes codes = new SnapshotCodes("BPS", Set.of(kept), Set.of(), Set.of(), Set.of(),
                Map.of(kertasari, "320431", neglawangi, "3204312005"),
                Map.of(Level.PROVINCE, Map.of("32", jawaBarat), Level.REGENCY, Map.of("3204", bandung),
                        Level.DISTRICT, Map.of("320431", kertasari),
                        Level.VILLAGE, Map.of("3204312005", neglawangi, "3204312006", kept)));
        return new RegionSnapshot(own, List.of(jawaBarat), List.of(bandung), List.of(kertasari),
                List.of(neglawangi, kept), codes);
    }
}
