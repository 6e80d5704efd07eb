package id.wilayah.importer.crosswalk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.importer.source.BundledDataset;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The crosswalk over the bundled editions links at least the share of each level the issue asks for. With
 * {@code -Dcrosswalk.report=DIR} it also writes the accuracy report's tables, samples and review lists to DIR (the
 * committed ones are in wilayah-importer/crosswalk-accuracy/, explained by wilayah-importer/CROSSWALK-ACCURACY.md).
 */
class CrosswalkAccuracyTest {

    @Test
    void bps2018ToKemendagri2025LinksNearlyEveryRegion() throws IOException {
        Crosswalk crosswalk = crosswalk(BundledDataset.BPS_2018, BundledDataset.KEMENDAGRI_2025);
        RegionSnapshot from = BundledSnapshots.of(BundledDataset.BPS_2018);
        assertShare(LevelShare.of(from.provinces().all(), crosswalk), 1.0, "provinces");
        assertShare(LevelShare.of(from.regencies().all(), crosswalk), 0.99, "regencies");
        assertShare(LevelShare.of(from.districts().all(), crosswalk), 0.99, "districts");
        assertShare(LevelShare.of(from.villages().all(), crosswalk), 0.97, "villages");
    }

    @Test
    void kemendagri2023ToKemendagri2025LinksNearlyEveryRegion() throws IOException {
        Crosswalk crosswalk = crosswalk(BundledDataset.KEMENDAGRI_2023, BundledDataset.KEMENDAGRI_2025);
        RegionSnapshot from = BundledSnapshots.of(BundledDataset.KEMENDAGRI_2023);
        assertShare(LevelShare.of(from.regencies().all(), crosswalk), 1.0, "regencies");
        assertShare(LevelShare.of(from.districts().all(), crosswalk), 0.995, "districts");
        assertShare(LevelShare.of(from.villages().all(), crosswalk), 0.99, "villages");
    }

    @Test
    void bps2018ToKemendagri2023LinksNearlyEveryRegion() throws IOException {
        Crosswalk crosswalk = crosswalk(BundledDataset.BPS_2018, BundledDataset.KEMENDAGRI_2023);
        RegionSnapshot from = BundledSnapshots.of(BundledDataset.BPS_2018);
        assertShare(LevelShare.of(from.districts().all(), crosswalk), 0.99, "districts");
        assertShare(LevelShare.of(from.villages().all(), crosswalk), 0.97, "villages");
    }

    private static Crosswalk crosswalk(BundledDataset from, BundledDataset to) throws IOException {
        RegionSnapshot source = BundledSnapshots.of(from);
        RegionSnapshot target = BundledSnapshots.of(to);
        Crosswalk crosswalk = Crosswalk.between(source, target);
        String dir = System.getProperty("crosswalk.report");
        if (dir != null && !dir.isBlank()) {
            new AccuracyReport(source, target, crosswalk).writeTo(Path.of(dir));
        }
        return crosswalk;
    }

    private static void assertShare(LevelShare share, double atLeast, String level) {
        assertTrue(share.linkedShare() >= atLeast,
                level + ": " + share.linked() + " of " + share.sources() + " linked, expected at least " + atLeast);
    }
}
