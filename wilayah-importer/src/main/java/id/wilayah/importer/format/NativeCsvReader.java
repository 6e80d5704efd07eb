package id.wilayah.importer.format;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one file of the native layout ({@code code,[parent_code,]name[,type][,postal_code]}) as {@link RegionRow}s,
 * with RFC 4180 quoting, CRLF or LF line ends and an optional UTF-8 byte-order mark.
 */
public final class NativeCsvReader implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final RegionFile file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    public NativeCsvReader(RegionFile file, InputStream utf8) throws IOException {
        this.file = file;
        this.parser = CSVParser.builder().setReader(withoutByteOrderMark(utf8)).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    private static Reader withoutByteOrderMark(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /** The next row, or null at the end of the file. */
    public RegionRow next() {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        // Header is line 1; getRecordNumber() counts data records from 1.
        long line = record.getRecordNumber() + 1;
        return new RegionRow(file.level(), line,
                field(record, file.codeColumn()),
                file.parentColumn() == null ? null : field(record, file.parentColumn()),
                field(record, "name"),
                typeOf(record),
                emptyToNull(optionalField(record, "postal_code")));
    }

    private static String typeOf(CSVRecord record) {
        String type = emptyToNull(optionalField(record, "type"));
        return type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    private static String field(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    private static String optionalField(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
