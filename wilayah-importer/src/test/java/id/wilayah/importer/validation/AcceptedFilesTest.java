package id.wilayah.importer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.Layout;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.source.BundledDataset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptedFilesTest {
    private static final long LIMIT = 1 << 20;

    private static CorpusImport imported(String corpusCase) {
        CorpusImport run = CorpusImport.of(CorpusImport.corpusCase(corpusCase), LIMIT);
        assertEquals(List.of(), run.validation.report().problems());
        return run;
    }

    @Test
    void acceptsTheSmallValidEdition() {
        CorpusImport run = imported("valid");
        assertEquals(List.of(2, 3, 3, 4), counts(run));
        assertEquals(CodeSystem.KEMENDAGRI, run.validation.codeSystem());
    }

    @Test
    void acceptsByteOrderMarkCrlfQuotesDotsBlankLinesAndHeaderCase() {
        CorpusImport run = imported("quirks");
        assertEquals(List.of(2, 3, 3, 4), counts(run));
        RegionRow district = run.rows(Level.DISTRICT).get(0);
        assertEquals("110101", district.code());
        assertEquals("1101", district.parentRef());
        assertEquals("Sukasari, Kota", run.rows(Level.DISTRICT).get(2).name());
        assertEquals("327301", run.rows(Level.DISTRICT).get(2).code());
        RegionRow latiung = run.rows(Level.VILLAGE).get(0);
        assertEquals("1101012001", latiung.code());
        assertEquals("DESA", latiung.type());
        assertEquals("40386,40387", run.rows(Level.VILLAGE).get(1).postalCode());
        assertEquals("Suka\"rasa\"", run.rows(Level.VILLAGE).get(3).name());
        assertEquals(null, run.rows(Level.VILLAGE).get(2).postalCode());
    }

    @Test
    void resolvesOdooExternalIdsToParentCodes() {
        CorpusImport run = imported("odoo");
        assertEquals(List.of(2, 3, 3, 4), counts(run));
        RegionRow kota = run.rows(Level.REGENCY).get(1);
        assertEquals(Layout.ODOO, kota.layout());
        assertEquals("3204", kota.code());
        assertEquals("32", kota.parentRef());
        assertEquals("320431", run.rows(Level.VILLAGE).get(1).parentRef());
    }

    @Test
    void recordsTheBpsCodeSystemOfSevenDigitDistricts() {
        CorpusImport run = imported("bps");
        assertEquals(CodeSystem.BPS, run.validation.codeSystem());
        assertEquals("3204050", run.rows(Level.DISTRICT).get(1).code());
        assertEquals("3204050001", run.rows(Level.VILLAGE).get(1).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kemendagri-2025, KEMENDAGRI, 38, 514, 7285, 83762",
            "kemendagri-2023, KEMENDAGRI, 37, 514, 7277, 83763",
            "bps-2018,        BPS,        34, 514, 7215, 80532"})
    void bundledDatasetsAreValid(String dataset, CodeSystem system, int provinces, int regencies, int districts,
                                 int villages) {
        CorpusImport run = CorpusImport.of(BundledDataset.named(dataset), LIMIT);
        assertEquals(List.of(), run.validation.report().problems());
        assertEquals(system, run.validation.codeSystem());
        assertEquals(List.of(provinces, regencies, districts, villages), counts(run));
    }

    private static List<Integer> counts(CorpusImport run) {
        return List.of(Level.values()).stream().map(level -> run.rows(level).size()).toList();
    }
}
