package id.wilayah.admin.resolve;

import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.text.UploadedCsv;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The addresses an administrator pastes or uploads, in their order: a CSV file whose header names an {@code address}
 * column (read as {@link UploadedCsv} reads uploads), else one address a line, a line wrapped in quotes unquoted. An
 * address line is not split at commas, since addresses are written with them. Blank lines are skipped.
 */
public final class AddressLines {
    /** As many as the bulk {@code POST /api/resolve} takes. */
    static final int MAX_ADDRESSES = 10_000;
    /**
     * The largest file or pasted text: {@link #MAX_ADDRESSES} of {@link #MAX_ADDRESS_CHARS}, with room for the other
     * columns of an export (the body gate allows the page this much).
     */
    public static final long MAX_BYTES = 16L << 20;
    /** As {@code GET /api/resolve} takes; a longer line is listed unresolved. */
    static final int MAX_ADDRESS_CHARS = 500;
    private static final String COLUMN = "address";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private AddressLines() {
    }

    /** The addresses of {@code content}; an {@link InvalidInputException} says why there are none to resolve. */
    static List<String> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int column = addressColumn(text.lines().findFirst().orElse(""));
        List<String> addresses = column < 0 ? lines(text) : csvColumn(content, column);
        if (addresses.isEmpty()) {
            throw new InvalidInputException(column < 0 ? "There are no addresses: give one address a line."
                    : "The CSV file has an address column but no addresses.");
        }
        return addresses;
    }

    /** The index of the {@code address} column when the first line is a CSV header naming one, else -1. */
    private static int addressColumn(String firstLine) {
        if (!firstLine.toLowerCase(Locale.ROOT).contains(COLUMN)) {
            return -1;
        }
        byte[] line = firstLine.getBytes(StandardCharsets.UTF_8);
        try (CSVParser header = UploadedCsv.open(new ByteArrayInputStream(line))) {
            CSVRecord names = header.iterator().next();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).strip().equalsIgnoreCase(COLUMN)) {
                    return i;
                }
            }
            return -1;
        } catch (IOException | UncheckedIOException | IllegalStateException notAHeader) {
            return -1;
        }
    }

    private static List<String> lines(String text) {
        List<String> addresses = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                add(addresses, unquoted(line.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return addresses;
    }

    private static List<String> csvColumn(byte[] content, int column) {
        List<String> addresses = new ArrayList<>();
        try (CSVParser parser = UploadedCsv.open(new ByteArrayInputStream(content))) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return addresses;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidInputException("Line " + line + " is not well-formed CSV: " + rootMessage(e));
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() <= column) {
                    throw new InvalidInputException("Line " + line + " has " + record.size() + " columns; the"
                            + " address is in column " + (column + 1) + ".");
                }
                add(addresses, record.get(column).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<String> addresses, String address) {
        if (address.isEmpty()) {
            return;
        }
        if (addresses.size() == MAX_ADDRESSES) {
            throw new InvalidInputException("More than " + MAX_ADDRESSES + " addresses: at most " + MAX_ADDRESSES
                    + " are resolved at once, so split the list.");
        }
        addresses.add(address);
    }

    /** A line a spreadsheet quoted because of its commas, as it was typed. */
    private static String unquoted(String line) {
        if (line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"")) {
            return line.substring(1, line.length() - 1).replace("\"\"", "\"").strip();
        }
        return line;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
