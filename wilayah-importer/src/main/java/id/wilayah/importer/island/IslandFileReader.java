package id.wilayah.importer.island;

import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.geo.json.FeatureRules;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.text.FormulaPrefix;
import id.wilayah.domain.text.NameCharacters;
import id.wilayah.domain.text.UploadedCsv;
import id.wilayah.importer.format.ValidationProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks an islands file ({@code code,regency_code,name,lat,lng[,populated][,outermost]}, RFC 4180, UTF-8):
 * a 9-digit code (dots allowed) not seen before in the file, a regency of the edition that the code lies under (or,
 * with {@code regency_code} empty, a code whose regency part is {@code 00} under a province of the edition), a
 * printable name, both coordinates or neither and inside Indonesia's bounding box, {@code true}/{@code false} or empty
 * for the flags. Every problem is reported with its line, and reading goes on, so one run lists them all.
 */
public final class IslandFileReader {
    public static final String FILE_NAME = "islands.csv";
    static final int MAX_NAME_LENGTH = 255;
    private static final List<String> REQUIRED = List.of("code", "regency_code", "name", "lat", "lng");
    private static final List<String> OPTIONAL = List.of("populated", "outermost");
    private static final char REPLACEMENT = '\uFFFD';

    private final Predicate<String> provinces;
    private final Predicate<String> regencies;
    private final Consumer<ValidationProblem> problems;
    private final Map<String, Long> lineOfCode = new HashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();

    /** {@code provinces} and {@code regencies} tell the edition's accepted codes. */
    public IslandFileReader(Predicate<String> provinces, Predicate<String> regencies,
                            Consumer<ValidationProblem> problems) {
        this.provinces = provinces;
        this.regencies = regencies;
        this.problems = problems;
    }

    /** The accepted rows; the rejected ones went to {@code problems}. */
    public List<IslandRow> read(InputStream in) throws IOException {
        List<IslandRow> rows = new ArrayList<>();
        UploadedCsv.readLines(in, new UploadedCsv.Lines() {
            @Override
            public String whenEmpty() {
                return "the file is empty";
            }

            @Override
            public String whenNoData() {
                return "the file has a header but no data rows";
            }

            @Override
            public boolean header(CSVRecord header) {
                return IslandFileReader.this.header(header);
            }

            @Override
            public boolean line(long line, CSVRecord record) {
                try {
                    rows.add(row(record, line));
                } catch (InvalidInputException e) {
                    problem(line, e.getMessage());
                }
                return true;
            }

            @Override
            public void problem(long line, String reason) {
                IslandFileReader.this.problem(line, reason);
            }
        });
        return rows;
    }

    private boolean header(CSVRecord header) {
        for (String value : header) {
            columns.putIfAbsent(value.strip().toLowerCase(Locale.ROOT), columns.size());
        }
        Set<String> missing = new LinkedHashSet<>(REQUIRED);
        missing.removeAll(columns.keySet());
        Set<String> unexpected = new LinkedHashSet<>(columns.keySet());
        REQUIRED.forEach(unexpected::remove);
        OPTIONAL.forEach(unexpected::remove);
        if (!missing.isEmpty() || !unexpected.isEmpty() || columns.size() != header.size()) {
            problem(1, "expected the columns " + String.join(",", REQUIRED) + " and optionally "
                    + String.join(",", OPTIONAL) + " (missing: " + String.join(", ", missing) + "; unexpected: "
                    + String.join(", ", unexpected) + ")");
            return false;
        }
        return true;
    }

    private IslandRow row(CSVRecord record, long line) {
        if (record.size() != columns.size()) {
            throw new InvalidInputException("expected " + columns.size() + " columns, found " + record.size());
        }
        for (String value : record) {
            if (value.indexOf(REPLACEMENT) >= 0) {
                throw new InvalidInputException("not valid UTF-8 text (save the file as UTF-8)");
            }
        }
        String code = RegionCode.normalizeIsland(value(record, "code"));
        Long first = lineOfCode.get(code);
        if (first != null) {
            throw new InvalidInputException("duplicate code " + code + " (first on line " + first + ")");
        }
        String regency = regency(code, value(record, "regency_code"));
        String name = name(value(record, "name"));
        Double lat = coordinate("lat", value(record, "lat"));
        Double lng = coordinate("lng", value(record, "lng"));
        if ((lat == null) != (lng == null)) {
            throw new InvalidInputException("give both lat and lng, or neither");
        }
        if (lat != null && (lat < FeatureRules.MIN_LAT || lat > FeatureRules.MAX_LAT || lng < FeatureRules.MIN_LNG
                || lng > FeatureRules.MAX_LNG)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "coordinates outside Indonesia's bounding box"
                    + " (lat %s..%s, lng %s..%s): %s, %s", FeatureRules.MIN_LAT, FeatureRules.MAX_LAT,
                    FeatureRules.MIN_LNG, FeatureRules.MAX_LNG, lat, lng));
        }
        Boolean populated = flag("populated", value(record, "populated"));
        Boolean outermost = flag("outermost", value(record, "outermost"));
        lineOfCode.put(code, line);
        return new IslandRow(line, code, regency, name, lat, lng, populated, Boolean.TRUE.equals(outermost));
    }

    private String regency(String code, String raw) {
        if (raw == null || raw.isBlank()) {
            String province = code.substring(0, 2);
            if (!code.startsWith("00", 2)) {
                throw new InvalidInputException("empty regency_code, but code " + code + " names regency "
                        + code.substring(0, 4) + " (a province's own island has 00 there)");
            }
            if (!provinces.test(province)) {
                throw new InvalidInputException("unknown province " + province + " (not a code in provinces.csv)");
            }
            return null;
        }
        String regency = RegionCode.normalize(Level.REGENCY, raw);
        if (!regencies.test(regency)) {
            throw new InvalidInputException("unknown regency " + regency + " (not a code in regencies.csv)");
        }
        if (!code.startsWith(regency)) {
            throw new InvalidInputException("code " + code + " is not under its regency " + regency);
        }
        return regency;
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("empty name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name longer than " + MAX_NAME_LENGTH + " characters");
        }
        Optional<String> forbidden = NameCharacters.forbidden(name);
        if (forbidden.isPresent()) {
            throw new InvalidInputException("name contains a " + forbidden.get());
        }
        if (FormulaPrefix.startsWithOne(name)) {
            throw new InvalidInputException("name starts with '" + name.charAt(0)
                    + "', which spreadsheets read as a formula; no island name does");
        }
        return name;
    }

    private static Double coordinate(String column, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            if (Double.isFinite(value) && raw.strip().matches("-?\\d{1,3}(\\.\\d{1,8})?")) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInputException(column + " '" + RegionCode.printable(raw) + "' is not a decimal number of"
                + " degrees");
    }

    private static Boolean flag(String column, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(column + " must be true, false or empty, not '"
                    + RegionCode.printable(raw) + "'");
        };
    }

    private String value(CSVRecord record, String column) {
        Integer index = columns.get(column);
        return index == null ? null : record.get(index);
    }

    private void problem(long line, String reason) {
        problems.accept(new ValidationProblem(FILE_NAME, line, reason));
    }
}
