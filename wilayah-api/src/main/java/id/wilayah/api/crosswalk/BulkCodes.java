package id.wilayah.api.crosswalk;

import id.wilayah.domain.failure.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The codes of a bulk request, in order, as written: a JSON array (strings; numbers are taken as their digits; any
 * other element is kept so that its answer can say it is malformed) or text with one code a line (blank lines and a
 * {@code code} header skipped, surrounding quotes removed). Reading stops with a 413 at code {@link #MAX_CODES} + 1.
 */
final class BulkCodes {
    static final int MAX_CODES = 100_000;

    private BulkCodes() {
    }

    static List<String> fromJson(InputStream body) {
        List<String> codes = new ArrayList<>();
        try (JsonParser parser = Json.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new InvalidInputException("The body must be a JSON array of codes, e.g. [\"3204050\"]");
            }
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                add(codes, switch (event) {
                    case VALUE_STRING, VALUE_NUMBER -> parser.getString();
                    case START_OBJECT -> {
                        parser.skipObject();
                        yield "{…}";
                    }
                    case START_ARRAY -> {
                        parser.skipArray();
                        yield "[…]";
                    }
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    default -> "null";
                });
            }
            return codes;
        } catch (JsonParsingException e) {
            throw new InvalidInputException("The body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + "): send a JSON array of codes");
        } catch (java.util.NoSuchElementException e) {
            throw new InvalidInputException("The JSON array of codes is not closed");
        }
    }

    static List<String> fromLines(InputStream body) {
        List<String> codes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            boolean first = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String value = unquoted(line.strip());
                if (first && value.startsWith("\uFEFF")) {
                    value = value.substring(1).strip();
                }
                if (!value.isEmpty() && !(first && value.equalsIgnoreCase("code"))) {
                    add(codes, value);
                }
                first = false;
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    private static void add(List<String> codes, String code) {
        if (codes.size() == MAX_CODES) {
            throw new TooManyCodesException(MAX_CODES);
        }
        codes.add(code);
    }
}
