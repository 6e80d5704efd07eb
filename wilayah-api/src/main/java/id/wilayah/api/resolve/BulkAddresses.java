package id.wilayah.api.resolve;

import id.wilayah.domain.failure.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The addresses of a bulk request, in order: a JSON array of strings, or text with one address a line, or a CSV file
 * whose header has an {@code address} column (the shape of a CRM export). An address holds commas, so a line is one
 * address unless the first line names that column; blank lines are skipped, an empty JSON string or CSV cell is kept so
 * that answers stay aligned with the client's rows. Reading stops with a 413 at address {@link #MAX_ADDRESSES} + 1.
 */
final class BulkAddresses {
    static final int MAX_ADDRESSES = 10_000;
    static final String ADDRESS_COLUMN = "address";
    private static final String BOM = "\uFEFF";

    private BulkAddresses() {
    }

    static List<String> fromJson(InputStream body) {
        List<String> addresses = new ArrayList<>();
        try (JsonParser parser = Json.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new InvalidInputException("The body must be a JSON array of addresses, e.g. "
                        + "[\"Desa Neglawangi, Kec. Kertasari, Kab. Bandung\"]");
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                if (event != JsonParser.Event.VALUE_STRING) {
                    throw new InvalidInputException("Element " + (addresses.size() + 1) + " of the array is not a "
                            + "string: send each address as a JSON string");
                }
                add(addresses, parser.getString());
            }
            return addresses;
        } catch (JsonParsingException e) {
            throw new InvalidInputException("The body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + "): send a JSON array of addresses");
        } catch (NoSuchElementException e) {
            throw new InvalidInputException("The JSON array of addresses is not closed");
        }
    }

    static List<String> fromText(InputStream body) {
        String text = new String(readAll(body), StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        List<String> header = header(firstLine);
        for (int column = 0; column < header.size(); column++) {
            if (ADDRESS_COLUMN.equals(header.get(column).strip().toLowerCase(Locale.ROOT))) {
                return column(text.substring(firstLine.length()), column, header.size() == 1);
            }
        }
        return lines(text);
    }

    /** The first line's cells; none if it is no CSV line, as a line of an address need not be. */
    private static List<String> header(String line) {
        try {
            return parse(line).stream().findFirst().map(CSVRecord::toList).orElse(List.of());
        } catch (InvalidInputException notCsv) {
            return List.of();
        }
    }

    private static List<String> lines(String text) {
        List<String> addresses = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                add(addresses, unquoted(line.strip()));
            }
        }
        return addresses;
    }

    /**
     * The address cells of the rows after the header. A file with no other column is often written without quotes
     * around addresses that hold commas; its cells are joined back into the line they came from.
     */
    private static List<String> column(String rows, int column, boolean onlyColumn) {
        List<String> addresses = new ArrayList<>();
        for (CSVRecord row : parse(rows)) {
            List<String> cells = row.toList();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            String address = onlyColumn ? String.join(",", cells) : column < cells.size() ? cells.get(column) : "";
            add(addresses, address.strip());
        }
        return addresses;
    }

    private static List<CSVRecord> parse(String text) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("The body is not valid CSV (" + e.getMessage() + "): send one address a"
                    + " line, or a CSV file with an address column");
        }
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
        }
        return value;
    }

    private static byte[] readAll(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<String> addresses, String address) {
        if (addresses.size() == MAX_ADDRESSES) {
            throw new TooManyAddressesException(MAX_ADDRESSES);
        }
        addresses.add(ResolveInput.address(address, "Address " + (addresses.size() + 1)));
    }
}
