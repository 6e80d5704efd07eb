package id.wilayah.domain.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    /**
     * Reads a file with a header line through {@code lines}: the header, then each data line with its number in the
     * file (empty lines skipped); an empty file, a header without data lines and malformed CSV (which stops the
     * reading) go to {@link Lines#problem}, line 0 meaning the file as a whole.
     */
    public static void readLines(InputStream in, Lines lines) throws IOException {
        try (CSVParser parser = open(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header;
            try {
                if (!records.hasNext()) {
                    lines.problem(0, lines.whenEmpty());
                    return;
                }
                header = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                lines.problem(1, "malformed CSV header: " + rootMessage(e));
                return;
            }
            if (lines.header(header)) {
                readData(parser, records, lines);
            }
        }
    }

    private static void readData(CSVParser parser, Iterator<CSVRecord> records, Lines lines) {
        boolean sawData = false;
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                lines.problem(line, "malformed CSV, reading stopped here: " + rootMessage(e));
                return;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            sawData = true;
            if (!lines.line(line, record)) {
                return;
            }
        }
        if (!sawData) {
            lines.problem(0, lines.whenNoData());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** What one kind of file makes of its header and lines, and how its problems are told. */
    public interface Lines {
        /** The problem of a file without even a header. */
        String whenEmpty();

        /** The problem of a file with a header and nothing else. */
        String whenNoData();

        /** Whether the header is one of this kind of file (else its problem is reported here, and reading stops). */
        boolean header(CSVRecord header);

        /** Reads one data line; false stops the reading. */
        boolean line(long line, CSVRecord record);

        void problem(long line, String reason);
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
