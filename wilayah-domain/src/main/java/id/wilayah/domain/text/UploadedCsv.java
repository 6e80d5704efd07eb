package id.wilayah.domain.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * An uploaded CSV file as the importer and the crosswalk overrides read it: RFC 4180, UTF-8, empty lines kept (so line
 * numbers stay those of the file), the byte-order mark that spreadsheet programs put in front dropped. Malformed UTF-8
 * becomes U+FFFD, so a wrongly encoded line is found on its exact line. A cell longer than {@link #MAX_CELL_CHARS}
 * stops the reading where it starts (the parser's iterator throws an {@code UncheckedIOException} saying so).
 */
public final class UploadedCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Thousands of times a region name, and a few MB of heap at most. */
    public static final int MAX_CELL_CHARS = 1 << 20;

    private UploadedCsv() {
    }

    public static CSVParser open(InputStream in) throws IOException {
        return CSVParser.builder().setReader(new CellLengthLimit(withoutByteOrderMark(in), MAX_CELL_CHARS))
                .setFormat(FORMAT).get();
    }

    private static BufferedReader withoutByteOrderMark(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
