package id.wilayah.importer.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.importer.source.BundledDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** wilayah.import.initial-staged-datasets: what a first start stages after the initial import. */
class FirstStartStagingTest {
    @Test
    void theConfiguredDatasetsAreStagedAndNoneOrNothingStagesNothing() {
        assertEquals(List.of("bps-2018"), FirstStartStaging.datasets("bps-2018"));
        assertEquals(List.of("bps-2018", "kemendagri-2023"), FirstStartStaging.datasets(" bps-2018, kemendagri-2023 ,"));
        assertEquals(List.of(), FirstStartStaging.datasets("none"));
        assertEquals(List.of(), FirstStartStaging.datasets(" NONE "));
        assertEquals(List.of(), FirstStartStaging.datasets(" "));
    }

    @Test
    void byDefaultBpsCodesAndEveryOlderKemendagriDecreeAreStagedNewestFirst() {
        assertEquals(List.of("bps-2018", "kemendagri-2023", "kemendagri-2022", "kemendagri-2020", "kemendagri-2018",
                "kemendagri-2016"), FirstStartStaging.datasets(FirstStartStaging.DEFAULT));
        FirstStartStaging.datasets(FirstStartStaging.DEFAULT).forEach(BundledDataset::named);
    }
}
