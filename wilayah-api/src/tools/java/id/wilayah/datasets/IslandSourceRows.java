package id.wilayah.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of cahyadsn/wilayah's {@code db/wilayah_pulau.sql}: one {@code ('kode','nama','lat','lng','status',
 * luas,'notes')} tuple per line. A few rows break that form and are read for what they mean: some lack
 * {@code luas} and {@code notes}; one lost a quote between code and name; one gives its position in degrees, minutes
 * and seconds ({@code 00°40'17.87" S 135°37'37.56" T}, T = timur, east); one has status, area and notes shifted; two
 * carry {@code PPKT} (outermost small island) as their status.
 */
final class IslandSourceRows {
    static final Set<String> STATUSES = Set.of("BP", "TBP");
    private static final Pattern DMS = Pattern.compile(
            "(\\d+)°(\\d+)'([\\d.]+)\"\\s*([US])\\s+(\\d+)°(\\d+)'([\\d.]+)\"\\s*([TB])");

    /** One island as the source gives it; {@code lat}/{@code lng} null when it gives no position. */
    record SourceIsland(long line, String dottedCode, String name, Double lat, Double lng, String status,
                        String notes) {
        String code() {
            return dottedCode.replace(".", "");
        }

        /** Inhabited (BP) or not (TBP); null when the source does not say. */
        Boolean populated() {
            return STATUSES.contains(status) ? "BP".equals(status) : null;
        }

        boolean outermost() {
            return "PPKT".equals(status) || notes.contains("PPKT");
        }
    }

    private IslandSourceRows() {
    }

    static List<SourceIsland> read(BufferedReader sql) throws IOException {
        List<SourceIsland> islands = new ArrayList<>();
        long number = 0;
        for (String line = sql.readLine(); line != null; line = sql.readLine()) {
            number++;
            String row = line.strip();
            if (row.startsWith("('")) {
                islands.add(island(number, tokens(row.substring(1, row.lastIndexOf(')')))));
            }
        }
        return islands;
    }

    static SourceIsland island(long line, List<String> fields) {
        List<String> f = new ArrayList<>(fields);
        int quoteLost = f.get(0).indexOf(",'");
        if (quoteLost > 0) {
            f.add(1, f.get(0).substring(quoteLost + 2));
            f.set(0, f.get(0).substring(0, quoteLost));
        }
        Double lat;
        Double lng;
        Matcher dms = DMS.matcher(f.get(2) == null ? "" : f.get(2));
        if (dms.matches()) {
            lat = degrees(dms.group(1), dms.group(2), dms.group(3)) * ("S".equals(dms.group(4)) ? -1 : 1);
            lng = degrees(dms.group(5), dms.group(6), dms.group(7)) * ("B".equals(dms.group(8)) ? -1 : 1);
            f.add(3, null);
        } else {
            lat = number(f.get(2));
            lng = number(f.get(3));
        }
        while (f.size() < 7) {
            f.add(null);
        }
        String status = f.get(4) == null ? "" : f.get(4).strip();
        String notes = f.get(6) == null ? "" : f.get(6).strip();
        if (!STATUSES.contains(status) && f.get(6) != null && STATUSES.contains(f.get(6).strip())) {
            notes = f.get(5) == null ? "" : f.get(5).strip();
            status = f.get(6).strip();
        }
        return new SourceIsland(line, f.get(0).strip(), f.get(1).strip(), lat, lng, status, notes);
    }

    private static double degrees(String degrees, String minutes, String seconds) {
        return Integer.parseInt(degrees) + Integer.parseInt(minutes) / 60.0 + Double.parseDouble(seconds) / 3600;
    }

    private static Double number(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
    }

    /** The comma-separated values of a tuple: quoted strings ('' is a quote), NULL (null) or bare text. */
    static List<String> tokens(String tuple) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < tuple.length()) {
            while (i < tuple.length() && tuple.charAt(i) == ' ') {
                i++;
            }
            if (i < tuple.length() && tuple.charAt(i) == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < tuple.length()) {
                    char c = tuple.charAt(i);
                    if (c == '\'' && i + 1 < tuple.length() && tuple.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                    } else if (c == '\'') {
                        i++;
                        break;
                    } else {
                        value.append(c);
                        i++;
                    }
                }
                tokens.add(value.toString());
                int comma = tuple.indexOf(',', i);
                i = comma < 0 ? tuple.length() : comma + 1;
            } else {
                int comma = tuple.indexOf(',', i);
                String bare = tuple.substring(i, comma < 0 ? tuple.length() : comma).strip();
                tokens.add("NULL".equalsIgnoreCase(bare) ? null : bare);
                i = comma < 0 ? tuple.length() : comma + 1;
            }
        }
        return tokens;
    }
}
