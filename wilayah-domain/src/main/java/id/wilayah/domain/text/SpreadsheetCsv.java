package id.wilayah.domain.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file the service writes, for people to open in a spreadsheet: RFC 4180, UTF-8, and every text cell a
 * spreadsheet would run as a formula written as text ({@link FormulaPrefix}). Every CSV answer goes through it —
 * exports, the crosswalk table, bulk crosswalk answers that echo their input — so no cell, whoever chose its text,
 * can carry a formula. Numbers are written as they are.
 */
public final class SpreadsheetCsv {
    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file with its header; nothing reaches {@code out} before {@link #flush()} or 64 KiB of rows. */
    public static SpreadsheetCsv open(OutputStream out, String... header) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        return new SpreadsheetCsv(CSVFormat.RFC4180.builder().setHeader(header).get().print(writer));
    }

    public void row(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] instanceof CharSequence text ? FormulaPrefix.neutralised(text.toString()) : cells[i];
        }
        printer.printRecord(safe);
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
