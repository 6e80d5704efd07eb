package id.wilayah.domain.crosswalk.csv;

import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.text.UploadedCsv;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an administrator's override file completely before anything is stored: UTF-8 CSV (RFC 4180, optional
 * byte-order mark) with a header naming {@code from_code} and {@code to_code}; other columns are ignored, so lines of
 * the downloaded table can be uploaded as they are. An empty {@code to_code} means "no counterpart"; several lines for
 * one {@code from_code} link it to several regions. Every problem is reported with its line number, and any problem
 * rejects the whole file.
 */
public final class OverrideCsv {
    /** As many lines as the bulk crosswalk takes codes. */
    public static final int MAX_LINES = 100_000;
    /** The largest file accepted: {@link #MAX_LINES} lines of the downloaded table, names included. */
    public static final long MAX_BYTES = 16L << 20;
    public static final int MAX_REPORTED_PROBLEMS = 200;
    private static final Pattern DOTTED_DIGITS = Pattern.compile("\\d{1,12}(?:\\.\\d{1,12}){0,4}");
    private static final String FROM = "from_code";
    private static final String TO = "to_code";

    private final EditionPair pair;
    private final List<CsvProblem> problems = new ArrayList<>();
    private int problemCount;

    private OverrideCsv(EditionPair pair) {
        this.pair = pair;
    }

    /** Every line of the file, checked against the pair; or an {@link OverrideCsvException} naming the problems. */
    public static List<OverrideLine> read(InputStream in, EditionPair pair) throws IOException {
        return new OverrideCsv(pair).readAll(in);
    }

    /**
     * One override typed by an administrator ({@code toCode} blank: no counterpart), checked as a line of a file is;
     * an {@link InvalidInputException} says what is wrong.
     */
    public static OverrideLine line(EditionPair pair, long line, String fromCode, String toCode) {
        String from = canonical(FROM, fromCode);
        Level level = Level.ofCode(from);
        RegionSnapshot source = pair.source();
        if (source.level(level).find(from).isEmpty()) {
            throw new InvalidInputException(FROM + " " + from + " is not a " + level.label() + " of "
                    + source.edition().name());
        }
        if (toCode == null || toCode.isBlank()) {
            return new OverrideLine(line, level, from, null);
        }
        String to = canonical(TO, toCode);
        if (Level.ofCode(to) != level) {
            throw new InvalidInputException(TO + " " + to + " is a " + Level.ofCode(to).label() + " code, but "
                    + FROM + " " + from + " is a " + level.label());
        }
        RegionSnapshot target = pair.target();
        if (target.level(level).find(to).isEmpty()) {
            throw new InvalidInputException(TO + " " + to + " is not a " + level.label() + " of "
                    + target.edition().name());
        }
        return new OverrideLine(line, level, from, to);
    }

    private List<OverrideLine> readAll(InputStream in) throws IOException {
        List<OverrideLine> lines = new ArrayList<>();
        UploadedCsv.readLines(in, new Lines(lines));
        if (problemCount > 0) {
            throw new OverrideCsvException(problems, problemCount);
        }
        return lines;
    }

    /** The file's lines read into overrides, each checked against the pair and the lines before it. */
    private final class Lines implements UploadedCsv.Lines {
        private final List<OverrideLine> lines;
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<String, OverrideLine> firstOfRegion = new HashMap<>();
        private final Map<String, Long> seen = new HashMap<>();
        private int dataLines;

        Lines(List<OverrideLine> lines) {
            this.lines = lines;
        }

        @Override
        public String whenEmpty() {
            return "the file is empty: expected a header with " + FROM + "," + TO;
        }

        @Override
        public String whenNoData() {
            return "the file has a header but no overrides";
        }

        @Override
        public boolean header(CSVRecord header) {
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (columns.putIfAbsent(name, i) != null && (name.equals(FROM) || name.equals(TO))) {
                    problem(1, "the header names " + name + " twice");
                }
            }
            for (String required : List.of(FROM, TO)) {
                if (!columns.containsKey(required)) {
                    problem(1, "the header has no " + required + " column (expected at least " + FROM + "," + TO
                            + ")");
                }
            }
            return problemCount == 0;
        }

        @Override
        public boolean line(long line, CSVRecord record) {
            if (++dataLines > MAX_LINES) {
                problem(line, "more than " + MAX_LINES + " overrides in one file; reading stopped here");
                return false;
            }
            if (record.size() != columns.size()) {
                problem(line, "expected " + columns.size() + " columns as in the header, found " + record.size());
                return true;
            }
            try {
                OverrideLine override = OverrideCsv.line(pair, line, record.get(columns.get(FROM)),
                        record.get(columns.get(TO)));
                consistent(override, firstOfRegion, seen);
                lines.add(override);
            } catch (InvalidInputException e) {
                problem(line, e.getMessage());
            }
            return true;
        }

        @Override
        public void problem(long line, String reason) {
            OverrideCsv.this.problem(line, reason);
        }
    }

    /** A region is either linked (on one or more lines) or without counterpart (on one line), never both. */
    private static void consistent(OverrideLine override, Map<String, OverrideLine> firstOfRegion,
                                   Map<String, Long> seen) {
        OverrideLine first = firstOfRegion.putIfAbsent(override.fromCode(), override);
        if (first == null) {
            seen.put(override.fromCode() + ">" + override.toCode(), override.line());
            return;
        }
        Long repeated = seen.putIfAbsent(override.fromCode() + ">" + override.toCode(), override.line());
        if (repeated != null) {
            throw new InvalidInputException("repeats line " + repeated);
        }
        if (first.toCode() == null || override.toCode() == null) {
            throw new InvalidInputException(FROM + " " + override.fromCode() + " is linked on one line and without"
                    + " counterpart on another (line " + first.line() + ")");
        }
    }

    private void problem(long line, String reason) {
        problemCount++;
        if (problems.size() < MAX_REPORTED_PROBLEMS) {
            problems.add(new CsvProblem(line, reason));
        }
    }

    private static String canonical(String column, String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(column + " is empty");
        }
        String digits = DOTTED_DIGITS.matcher(trimmed).matches() ? trimmed.replace(".", "") : "";
        if (Level.ofCode(digits) == null) {
            throw new InvalidInputException("invalid " + column + " '" + RegionCode.printable(raw)
                    + "': expected 2, 4, 6 or 7, or 10 digits, optionally separated by single dots");
        }
        return digits;
    }
}
