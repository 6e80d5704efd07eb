package id.wilayah.importer.format;

import id.wilayah.domain.text.UploadedCsv;
import id.wilayah.importer.source.FileSizeLimit;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one import file as {@link RegionRow}s: RFC 4180 quoting, CRLF or LF, optional UTF-8 byte-order mark, layout
 * detected from the header. A bad line is thrown as a {@link RejectedLineException} and reading goes on with the next
 * line; a file that cannot be read any further (bad header, broken quoting) throws once and then ends.
 */
public final class RegionFileReader implements RegionRows {
    // UploadedCsv reads malformed UTF-8 as U+FFFD, so a wrongly encoded line is found on its exact line.
    private static final char REPLACEMENT = '\uFFFD';

    private final RegionFile file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private Layout layout = Layout.NATIVE;
    private RejectedLineException pending;
    private boolean ended;
    private boolean sawData;

    public RegionFileReader(RegionFile file, InputStream in) throws IOException {
        this.file = file;
        this.parser = UploadedCsv.open(in);
        this.records = parser.iterator();
        readHeader();
    }

    /** Opens the source's file; a missing or oversized file becomes one problem about the whole file. */
    public static RegionFileReader open(RegionFile file, ImportSource source, long maxBytes) throws IOException {
        if (source.size(file) > maxBytes) {
            return rejecting(file, "the file is larger than the limit of " + maxBytes
                    + " bytes (" + FileSizeLimit.KEY + ")");
        }
        InputStream in = source.open(file);
        return in == null ? rejecting(file, "the file is missing") : new RegionFileReader(file, in);
    }

    private static RegionFileReader rejecting(RegionFile file, String reason) throws IOException {
        RegionFileReader reader = new RegionFileReader(file, InputStream.nullInputStream());
        reader.pending = new RejectedLineException(file, 0, reason);
        return reader;
    }

    private void readHeader() {
        CSVRecord header;
        try {
            if (!records.hasNext()) {
                pending = new RejectedLineException(file, 0, "the file is empty");
                return;
            }
            header = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            pending = new RejectedLineException(file, 1, "malformed CSV header: " + e.getMessage());
            return;
        }
        List<String> names = new ArrayList<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String value : header) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, names.size()) != null) {
                duplicates.add(name);
            }
            names.add(name);
        }
        layout = Layout.detect(names);
        Set<String> missing = new LinkedHashSet<>(layout.requiredColumns(file));
        missing.removeAll(names);
        Set<String> unexpected = new LinkedHashSet<>(names);
        unexpected.removeAll(layout.requiredColumns(file));
        unexpected.removeAll(layout.optionalColumns(file));
        List<String> reasons = new ArrayList<>();
        if (!duplicates.isEmpty()) {
            reasons.add("duplicate column(s) " + String.join(", ", duplicates));
        }
        if (!missing.isEmpty()) {
            reasons.add("missing column(s) " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            reasons.add("unexpected column(s) " + String.join(", ", unexpected));
        }
        if (!reasons.isEmpty()) {
            pending = new RejectedLineException(file, 1, String.join("; ", reasons) + " in the " + layout
                    + " layout header (expected " + String.join(",", expectedHeader()) + ")");
        }
    }

    private List<String> expectedHeader() {
        List<String> expected = new ArrayList<>(layout.requiredColumns(file).stream().sorted().toList());
        layout.optionalColumns(file).stream().sorted().map(optional -> "[" + optional + "]").forEach(expected::add);
        return expected;
    }

    public Layout layout() {
        return layout;
    }

    @Override
    public RegionRow next() {
        if (pending != null) {
            RejectedLineException rejected = pending;
            pending = null;
            ended = true;
            throw rejected;
        }
        while (!ended) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    ended = true;
                    if (!sawData) {
                        throw new RejectedLineException(file, 0, "the file has a header but no data rows");
                    }
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                ended = true;
                throw new RejectedLineException(file, line, "malformed CSV, reading stopped here: "
                        + rootMessage(e));
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            sawData = true;
            return row(record, line);
        }
        return null;
    }

    private RegionRow row(CSVRecord record, long line) {
        if (record.size() != columns.size()) {
            throw new RejectedLineException(file, line,
                    "expected " + columns.size() + " columns, found " + record.size());
        }
        for (String value : record) {
            if (value.indexOf(REPLACEMENT) >= 0) {
                throw new RejectedLineException(file, line, "not valid UTF-8 text (save the file as UTF-8)");
            }
        }
        String type = value(record, "type");
        return new RegionRow(file.level(), layout, line, value(record, "id"), value(record, "code"),
                value(record, layout.parentColumn(file)), value(record, "name"),
                type == null ? null : type.strip().toUpperCase(Locale.ROOT), value(record, "postal_code"));
    }

    private String value(CSVRecord record, String column) {
        Integer index = column == null ? null : columns.get(column);
        return index == null ? null : record.get(index);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
