package id.wilayah.importer.format;

import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.text.UploadedCsv;
import id.wilayah.importer.format.sql.SqlInsertReader;
import id.wilayah.importer.format.sql.SqlSyntaxException;
import id.wilayah.importer.format.sql.SqlTuple;
import id.wilayah.importer.source.FileSizeLimit;
import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.source.SqlDumpFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One level's rows of a {@code wilayah.sql} dump ({@code INSERT INTO wilayah (kode, nama) VALUES ('32.04.05.2001',
 * 'Neglawangi'), ...}), read as the bundled CSV files were derived from the same dumps: the level follows from the
 * number of digits (2, 4, 6, 10), the parent is the code's prefix, a regency is a Kabupaten when its name starts with
 * {@code KAB.} or {@code Kabupaten} (or {@code KAB}, as a few names of the 2016 to 2022 dumps do) and a Kota when it
 * starts with {@code Kota}, a village is a Kelurahan when its own four digits start with 1 and a Desa when they start
 * with 2 or 3 (Desa Adat); postal codes are joined by village code from the {@code wilayah_kodepos.sql} dump when
 * there is one.
 * Each level's step reads the whole dump and keeps its own level's rows, so problems of the dump as a whole (syntax,
 * size, a code of no level) are reported once, by the provinces step.
 */
final class SqlRegionReader implements RegionRows {
    private static final String FILE = SqlDumpFile.REGIONS.fileName();
    private static final Pattern KABUPATEN = Pattern.compile("(?i)(KABUPATEN\\b|KAB\\.|KAB\\b).*", Pattern.DOTALL);
    private static final Pattern KOTA = Pattern.compile("(?i)KOTA\\b.*", Pattern.DOTALL);
    private static final char REPLACEMENT = '\uFFFD';

    private final RegionFile file;
    private final SqlInsertReader reader;
    private final Deque<RejectedLineException> pending = new ArrayDeque<>();
    private Map<String, String> postalCodes = Map.of();
    private boolean ended;
    private boolean sawLevel;

    private SqlRegionReader(RegionFile file, InputStream in) {
        this.file = file;
        this.reader = in == null ? null : new SqlInsertReader(in, UploadedCsv.MAX_CELL_CHARS);
        this.ended = in == null;
    }

    static SqlRegionReader open(RegionFile file, ImportSource source, long maxBytes, long maxUnpackedBytes)
            throws IOException {
        if (source.dumpSize(SqlDumpFile.REGIONS) > maxBytes) {
            return rejecting(file, "the file is larger than the limit of " + maxBytes + " bytes ("
                    + FileSizeLimit.KEY + ")");
        }
        Optional<InputStream> in;
        try {
            in = source.openDump(SqlDumpFile.REGIONS, maxUnpackedBytes);
        } catch (IOException e) {
            return rejecting(file, "the file could not be read: " + e.getMessage());
        }
        if (in.isEmpty()) {
            return rejecting(file, "the file is missing");
        }
        SqlRegionReader regions = new SqlRegionReader(file, in.get());
        if (file == RegionFile.VILLAGES) {
            regions.postalCodes = SqlPostalCodes.read(source, maxBytes, maxUnpackedBytes, regions.pending::add);
        }
        return regions;
    }

    private static SqlRegionReader rejecting(RegionFile file, String reason) {
        SqlRegionReader reader = new SqlRegionReader(file, null);
        if (reportsDumpProblems(file)) {
            reader.pending.add(new RejectedLineException(FILE, 0, reason));
        }
        return reader;
    }

    private static boolean reportsDumpProblems(RegionFile file) {
        return file == RegionFile.PROVINCES;
    }

    @Override
    public RegionRow next() {
        if (!pending.isEmpty()) {
            throw pending.poll();
        }
        while (!ended) {
            SqlTuple tuple = nextTuple();
            if (tuple == null) {
                return ended ? null : endOfDump();
            }
            RegionRow row = row(tuple);
            if (row != null) {
                sawLevel = true;
                return row;
            }
        }
        return null;
    }

    private SqlTuple nextTuple() {
        try {
            SqlTuple tuple = reader.next();
            if (tuple != null && !(tuple.columns().contains("kode") && tuple.columns().contains("nama"))) {
                throw new SqlSyntaxException(tuple.line(), "INSERT INTO " + tuple.table() + " ("
                        + String.join(", ", tuple.columns()) + "): a region dump inserts the columns (kode, nama)");
            }
            return tuple;
        } catch (SqlSyntaxException e) {
            return stop(e.line(), e.getMessage() + "; reading stopped here");
        } catch (IOException e) {
            return stop(0, "the file could not be read: " + e.getMessage());
        }
    }

    private SqlTuple stop(long line, String reason) {
        ended = true;
        if (reportsDumpProblems(file)) {
            throw new RejectedLineException(FILE, line, reason);
        }
        return null;
    }

    private RegionRow endOfDump() {
        ended = true;
        if (!sawLevel) {
            throw new RejectedLineException(FILE, 0, "the dump has no " + file.baseName() + " (codes of "
                    + digitsOf(file.level()) + " digits)");
        }
        return null;
    }

    /** The tuple as a row of this step's level, null when it belongs to another level. */
    private RegionRow row(SqlTuple tuple) {
        String code = tuple.value("kode") == null ? "" : tuple.value("kode").strip();
        String digits = code.replace(".", "");
        Level level = digits.chars().allMatch(Character::isDigit) ? levelOf(digits.length()) : null;
        if (level == null) {
            if (reportsDumpProblems(file)) {
                throw new RejectedLineException(FILE, tuple.line(), "code '" + RegionCode.printable(code)
                        + "' is no region code (2, 4, 6 or 10 digits, e.g. 32.04.05.2001)");
            }
            return null;
        }
        if (level != file.level()) {
            return null;
        }
        String name = tuple.value("nama");
        if (name != null && name.indexOf(REPLACEMENT) >= 0) {
            throw new RejectedLineException(FILE, tuple.line(), "not valid UTF-8 text (save the file as UTF-8)");
        }
        String parent = level == Level.PROVINCE ? null : digits.substring(0, digitsOf(level) == 10 ? 6 : digitsOf(level) - 2);
        return new RegionRow(level, Layout.SQL, tuple.line(), null, code, parent, name, type(level, digits, name),
                level == Level.VILLAGE ? postalCodes.get(digits) : null);
    }

    private static String type(Level level, String digits, String name) {
        if (level == Level.REGENCY && name != null) {
            String stripped = name.strip();
            return KABUPATEN.matcher(stripped).matches() ? "KABUPATEN"
                    : KOTA.matcher(stripped).matches() ? "KOTA" : null;
        }
        if (level == Level.VILLAGE) {
            return switch (digits.charAt(6)) {
                case '1' -> "KELURAHAN";
                case '2', '3' -> "DESA";
                default -> null;
            };
        }
        return null;
    }

    private static Level levelOf(int digits) {
        return switch (digits) {
            case 2 -> Level.PROVINCE;
            case 4 -> Level.REGENCY;
            case 6 -> Level.DISTRICT;
            case 10 -> Level.VILLAGE;
            default -> null;
        };
    }

    private static int digitsOf(Level level) {
        return switch (level) {
            case PROVINCE -> 2;
            case REGENCY -> 4;
            case DISTRICT -> 6;
            case VILLAGE -> 10;
        };
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
