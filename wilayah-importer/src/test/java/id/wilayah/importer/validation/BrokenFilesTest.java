package id.wilayah.importer.validation;

import id.wilayah.importer.format.ValidationProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus under src/test/resources/corpus: each case breaks the small valid edition in one way, and the report
 * names the exact file, line and reason (a reason ending in "..." is matched as a prefix: it quotes the CSV parser).
 */
class BrokenFilesTest {
    private static final long ONE_MEGABYTE = 1 << 20;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty-file               | villages.csv   | 0 | 1 | the file is empty
            header-only              | villages.csv   | 0 | 1 | the file has a header but no data rows
            missing-file             | villages.csv   | 0 | 1 | the file is missing
            missing-column           | villages.csv   | 1 | 1 | missing column(s) district_code in the NATIVE layout header (expected code,district_code,name,[postal_code],[type])
            unexpected-column        | villages.csv   | 1 | 1 | unexpected column(s) lat in the NATIVE layout header (expected code,district_code,name,[postal_code],[type])
            duplicate-column         | villages.csv   | 1 | 1 | duplicate column(s) name in the NATIVE layout header (expected code,district_code,name,[postal_code],[type])
            wrong-column-count       | villages.csv   | 3 | 1 | expected 5 columns, found 4
            letters-in-code          | villages.csv   | 3 | 1 | Invalid kelurahan code '32730110A2': only digits, optionally separated by single dots, are allowed
            trailing-dot             | villages.csv   | 3 | 1 | Invalid kelurahan code '3273011002.': must not end with a dot
            wrong-code-length        | districts.csv  | 3 | 1 | Invalid kecamatan code '32043': expected 6 or 7 digits
            not-under-parent         | villages.csv   | 3 | 1 | code 3273011002 is not under its parent 320431
            duplicate-code           | provinces.csv  | 4 | 1 | duplicate code 32 (first on line 3)
            duplicate-code-with-dots | villages.csv   | 6 | 1 | duplicate code 3273011001 (first on line 4)
            unknown-parent           | regencies.csv  | 5 | 1 | unknown parent 33 (not a code in provinces.csv)
            empty-parent             | villages.csv   | 3 | 1 | empty parent district_code
            bad-parent-code          | regencies.csv  | 5 | 1 | parent: Invalid provinsi code '3X': only digits, optionally separated by single dots, are allowed
            empty-name               | villages.csv   | 3 | 1 | empty name
            name-too-long            | villages.csv   | 3 | 1 | name longer than 255 characters
            control-in-name          | villages.csv   | 3 | 1 | name contains a control character U+0000
            bidi-in-name             | villages.csv   | 3 | 1 | name contains a bidi control character U+202E
            formula-name             | villages.csv   | 3 | 1 | name starts with '=', which spreadsheets read as a formula; no region name does
            bad-postal-code          | villages.csv   | 3 | 1 | invalid postal code '4038' (expected 5 digits, several separated by commas)
            too-many-postal-codes    | villages.csv   | 3 | 1 | postal codes longer than 64 characters
            unknown-type             | villages.csv   | 3 | 1 | unknown type 'DUSUN' (expected DESA or KELURAHAN)
            not-utf8                 | villages.csv   | 3 | 1 | not valid UTF-8 text (save the file as UTF-8)
            unclosed-quote           | villages.csv   | 3 | 1 | malformed CSV, reading stopped here: ...
            mixed-code-systems       | districts.csv  | 4 | 3 | district code 3273010 has 7 digits but line 2 set the code system to KEMENDAGRI; one edition cannot mix them
            odoo-unknown-parent-id   | villages.csv   | 3 | 1 | unknown parent id 'kec_999' (not an id in districts.csv)
            odoo-duplicate-id        | villages.csv   | 3 | 1 | duplicate id 'kel_1101012001' (first on line 2)
            """)
    void reportsFileLineAndReason(String corpusCase, String file, long line, int problems, String reason) {
        ValidationReport report = CorpusImport.of(CorpusImport.corpusCase(corpusCase), ONE_MEGABYTE)
                .validation.report();

        assertEquals(problems, report.problemCount(), report.problems()::toString);
        ValidationProblem first = report.problems().get(0);
        assertEquals(file, first.file());
        assertEquals(line, first.line(), first::toString);
        if (reason.endsWith("...")) {
            assertTrue(first.reason().startsWith(reason.substring(0, reason.length() - 3)), first::toString);
        } else {
            assertEquals(reason, first.reason());
        }
    }

    @ParameterizedTest(name = "limit {0} bytes")
    @CsvSource({"150"})
    void reportsAFileOverTheSizeLimit(long limit) {
        ValidationReport report = CorpusImport.of(CorpusImport.corpusCase("too-large"), limit).validation.report();

        assertEquals(1, report.problemCount(), report.problems()::toString);
        assertEquals(new ValidationProblem("villages.csv", 0,
                "the file is larger than the limit of 150 bytes (wilayah.import.max-file-bytes)"),
                report.problems().get(0));
    }
}
