package id.wilayah.importer.format;

import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.text.UploadedCsv;
import id.wilayah.importer.format.sql.SqlInsertReader;
import id.wilayah.importer.format.sql.SqlSyntaxException;
import id.wilayah.importer.format.sql.SqlTuple;
import id.wilayah.importer.source.FileSizeLimit;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.SqlDumpFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The villages' postal codes of a {@code wilayah_kodepos.sql} dump ({@code INSERT INTO wilayah_kodepos (kode, kodepos)
 * VALUES ('11.01.01.2001', '23773'), ...}) by village code without dots. A code the region dump lacks is never asked
 * for, so it is left out silently, as the decree and the postal mapping are not always of the same date; a village
 * listed twice with different postal codes keeps both, as the native layout writes them ({@code 40386,40387}).
 */
final class SqlPostalCodes {
    private static final String FILE = SqlDumpFile.POSTAL_CODES.fileName();

    private SqlPostalCodes() {
    }

    /** Empty when the source has no postal dump; each bad line goes to {@code problems}. */
    static Map<String, String> read(ImportSource source, long maxBytes, long maxUnpackedBytes,
                                    Consumer<RejectedLineException> problems) throws IOException {
        if (source.dumpSize(SqlDumpFile.POSTAL_CODES) > maxBytes) {
            problems.accept(new RejectedLineException(FILE, 0, "the file is larger than the limit of " + maxBytes
                    + " bytes (" + FileSizeLimit.KEY + ")"));
            return Map.of();
        }
        Map<String, String> postalCodes = new HashMap<>();
        try {
            Optional<InputStream> in = source.openDump(SqlDumpFile.POSTAL_CODES, maxUnpackedBytes);
            if (in.isPresent()) {
                read(in.get(), postalCodes, problems);
            }
        } catch (IOException e) {
            problems.accept(new RejectedLineException(FILE, 0, "the file could not be read: " + e.getMessage()));
        }
        return postalCodes;
    }

    private static void read(InputStream in, Map<String, String> postalCodes,
                             Consumer<RejectedLineException> problems) throws IOException {
        try (SqlInsertReader reader = new SqlInsertReader(in, UploadedCsv.MAX_CELL_CHARS)) {
            for (SqlTuple tuple = reader.next(); tuple != null; tuple = reader.next()) {
                add(tuple, postalCodes, problems);
            }
        } catch (SqlSyntaxException e) {
            problems.accept(new RejectedLineException(FILE, e.line(), e.getMessage() + "; reading stopped here"));
        }
    }

    private static void add(SqlTuple tuple, Map<String, String> postalCodes,
                            Consumer<RejectedLineException> problems) {
        if (!tuple.columns().contains("kode") || !tuple.columns().contains("kodepos")) {
            throw new SqlSyntaxException(tuple.line(), "INSERT INTO " + tuple.table() + " ("
                    + String.join(", ", tuple.columns()) + "): a postal code dump inserts the columns (kode, kodepos)");
        }
        String code = tuple.value("kode") == null ? "" : tuple.value("kode").strip().replace(".", "");
        String postalCode = tuple.value("kodepos") == null ? "" : tuple.value("kodepos").strip();
        if (!code.matches("\\d{10}")) {
            problems.accept(new RejectedLineException(FILE, tuple.line(), "code '"
                    + RegionCode.printable(tuple.value("kode"))
                    + "' is no village code (10 digits, e.g. 32.04.05.2001)"));
        } else if (!postalCode.isEmpty() && !postalCode.matches("\\d{5}")) {
            problems.accept(new RejectedLineException(FILE, tuple.line(), "invalid postal code '"
                    + RegionCode.printable(postalCode)
                    + "' (expected 5 digits)"));
        } else if (!postalCode.isEmpty()) {
            postalCodes.merge(code, postalCode, (known, added) -> known.contains(added) ? known : known + "," + added);
        }
    }
}
