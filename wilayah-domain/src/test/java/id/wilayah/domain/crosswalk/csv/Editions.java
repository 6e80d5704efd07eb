package id.wilayah.domain.crosswalk.csv;

import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.RegionFactory;
import java.util.List;

/** Kertasari in BPS codes and in Kemendagri codes, with a neighbouring district on the Kemendagri side. */
final class Editions {
    private static final RegionFactory REGIONS = new RegionFactory(NameCase.AS_IMPORTED);

    private Editions() {
    }

    static EditionPair bpsToKemendagri() {
        RegionSnapshot bps = new RegionSnapshot(new EditionInfo(1, "bps-test", "BPS"),
                List.of(REGIONS.province("32", "JAWA BARAT")),
                List.of(REGIONS.regency("3204", "32", "KABUPATEN BANDUNG", "Kabupaten")),
                List.of(REGIONS.district("3204050", "3204", "KERTASARI")),
                List.of(REGIONS.village("3204050001", "3204050", "NEGLAWANGI", "Desa", null),
                        REGIONS.village("3204050002", "3204050", "SANTOSA", "Desa", null)));
        RegionSnapshot kemendagri = new RegionSnapshot(new EditionInfo(2, "kemendagri-test", "KEMENDAGRI"),
                List.of(REGIONS.province("32", "Jawa Barat")),
                List.of(REGIONS.regency("3204", "32", "Kabupaten Bandung", "Kabupaten")),
                List.of(REGIONS.district("320431", "3204", "Kertasari"),
                        REGIONS.district("320432", "3204", "Pacet")),
                List.of(REGIONS.village("3204312005", "320431", "Neglawangi", "Desa", null),
                        REGIONS.village("3204312006", "320431", "Santosa", "Desa", null)));
        return new EditionPair(bps, kemendagri);
    }
}
