package id.wilayah.importer.validation;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.text.FormulaPrefix;
import id.wilayah.domain.text.NameCharacters;
import id.wilayah.importer.format.Layout;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.format.RejectedLineException;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.RegionFile;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules one edition's rows must pass, checked row by row with the files read parents first: code format, one code
 * system per edition, unique codes and ids, known parent, code under its parent's prefix, name (printable, not read as
 * a spreadsheet formula), type and postal code.
 * Accepted codes are remembered so children can be checked against them; problems are collected in one report.
 */
public final class EditionValidation {
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_POSTAL_CODES_LENGTH = 64;
    private static final Map<Level, Set<String>> TYPES = Map.of(
            Level.REGENCY, Set.of("KABUPATEN", "KOTA"),
            Level.VILLAGE, Set.of("KELURAHAN", "DESA"));

    private final ValidationReport report = new ValidationReport();
    private final Map<Level, Map<String, Long>> lineOfCode = new EnumMap<>(Level.class);
    private final Map<Level, Map<String, String>> codeOfId = new EnumMap<>(Level.class);
    private final Map<Level, Map<String, Long>> lineOfId = new EnumMap<>(Level.class);
    private CodeSystem codeSystem;
    private long codeSystemLine;

    public EditionValidation() {
        for (Level level : Level.values()) {
            lineOfCode.put(level, new HashMap<>());
            codeOfId.put(level, new HashMap<>());
            lineOfId.put(level, new HashMap<>());
        }
    }

    public ValidationReport report() {
        return report;
    }

    public void record(ValidationProblem problem) {
        report.add(problem);
    }

    /** Kemendagri unless the districts carry BPS's 7-digit codes. */
    public CodeSystem codeSystem() {
        return codeSystem == null ? CodeSystem.KEMENDAGRI : codeSystem;
    }

    /** The row with canonical codes (dots removed) and its parent's code, or a {@link RejectedLineException}. */
    public RegionRow check(RegionRow row) {
        RegionFile file = RegionFile.of(row.level());
        String code = canonicalCode(file, row);
        Long firstLine = lineOfCode.get(row.level()).get(code);
        if (firstLine != null) {
            throw reject(file, row, "duplicate code " + code + " (first on line " + firstLine + ")");
        }
        checkId(file, row);
        if (row.name() == null || row.name().isBlank()) {
            throw reject(file, row, "empty name");
        }
        if (row.name().strip().length() > MAX_NAME_LENGTH) {
            throw reject(file, row, "name longer than " + MAX_NAME_LENGTH + " characters");
        }
        Optional<String> forbidden = NameCharacters.forbidden(row.name());
        if (forbidden.isPresent()) {
            throw reject(file, row, "name contains a " + forbidden.get());
        }
        if (FormulaPrefix.startsWithOne(row.name().strip())) {
            throw reject(file, row, "name starts with '" + row.name().strip().charAt(0)
                    + "', which spreadsheets read as a formula; no region name does");
        }
        String parentCode = row.level() == Level.PROVINCE ? null : parentCode(file, row);
        if (parentCode != null && !code.startsWith(parentCode)) {
            throw reject(file, row, "code " + code + " is not under its parent " + parentCode);
        }
        String type = type(file, row);
        String postalCode = postalCode(file, row);
        lineOfCode.get(row.level()).put(code, row.line());
        if (row.layout() == Layout.ODOO) {
            String id = row.ref().strip();
            codeOfId.get(row.level()).put(id, code);
            lineOfId.get(row.level()).put(id, row.line());
        }
        return row.canonical(code, parentCode, type, postalCode);
    }

    private String canonicalCode(RegionFile file, RegionRow row) {
        String code;
        try {
            code = RegionCode.normalize(row.level(), row.code());
        } catch (InvalidInputException e) {
            throw reject(file, row, e.getMessage());
        }
        if (row.level() == Level.DISTRICT) {
            CodeSystem system = code.length() == 7 ? CodeSystem.BPS : CodeSystem.KEMENDAGRI;
            if (codeSystem == null) {
                codeSystem = system;
                codeSystemLine = row.line();
            } else if (codeSystem != system) {
                throw reject(file, row, "district code " + code + " has " + code.length() + " digits but line "
                        + codeSystemLine + " set the code system to " + codeSystem + "; one edition cannot mix them");
            }
        }
        return code;
    }

    private void checkId(RegionFile file, RegionRow row) {
        if (row.layout() != Layout.ODOO) {
            return;
        }
        if (row.ref() == null || row.ref().isBlank()) {
            throw reject(file, row, "empty id");
        }
        Long firstLine = lineOfId.get(row.level()).get(row.ref().strip());
        if (firstLine != null) {
            throw reject(file, row, "duplicate id '" + row.ref().strip() + "' (first on line " + firstLine + ")");
        }
    }

    private String parentCode(RegionFile file, RegionRow row) {
        RegionFile parent = file.parent();
        Level parentLevel = parent.level();
        String reference = row.parentRef() == null ? "" : row.parentRef().strip();
        if (reference.isEmpty()) {
            throw reject(file, row, "empty parent " + row.layout().parentColumn(file));
        }
        if (row.layout() == Layout.ODOO) {
            String code = codeOfId.get(parentLevel).get(reference);
            if (code == null) {
                throw reject(file, row, "unknown parent id '" + reference + "' (not an id in " + parent.fileName()
                        + ")");
            }
            return code;
        }
        String code;
        try {
            code = RegionCode.normalize(parentLevel, reference);
        } catch (InvalidInputException e) {
            throw reject(file, row, "parent: " + e.getMessage());
        }
        if (!lineOfCode.get(parentLevel).containsKey(code)) {
            throw reject(file, row, "unknown parent " + code + " (not a code in " + row.layout().fileName(parent)
                    + ")");
        }
        return code;
    }

    private String type(RegionFile file, RegionRow row) {
        if (row.type() == null || row.type().isBlank()) {
            return null;
        }
        String type = row.type().strip().toUpperCase(Locale.ROOT);
        Set<String> allowed = TYPES.get(row.level());
        if (allowed == null || !allowed.contains(type)) {
            throw reject(file, row, "unknown type '" + row.type().strip() + "' (expected "
                    + (allowed == null ? "none" : String.join(" or ", allowed.stream().sorted().toList())) + ")");
        }
        return type;
    }

    private String postalCode(RegionFile file, RegionRow row) {
        if (row.postalCode() == null || row.postalCode().isBlank()) {
            return null;
        }
        String value = row.postalCode().strip();
        if (!value.matches("\\d{5}( *, *\\d{5})*")) {
            throw reject(file, row, "invalid postal code '" + value + "' (expected 5 digits, several separated by"
                    + " commas)");
        }
        String postalCodes = value.replace(" ", "");
        if (postalCodes.length() > MAX_POSTAL_CODES_LENGTH) {
            throw reject(file, row, "postal codes longer than " + MAX_POSTAL_CODES_LENGTH + " characters");
        }
        return postalCodes;
    }

    private static RejectedLineException reject(RegionFile file, RegionRow row, String reason) {
        return new RejectedLineException(row.layout().fileName(file), row.line(), reason);
    }
}
