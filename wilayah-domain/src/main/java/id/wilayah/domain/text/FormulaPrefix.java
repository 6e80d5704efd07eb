package id.wilayah.domain.text;

/**
 * A spreadsheet reads a cell that starts with {@code = + - @}, a tab or a carriage return as a formula (CSV injection,
 * as OWASP describes it). No region name starts so; exports neutralise such cells and imports reject them.
 */
public final class FormulaPrefix {
    private FormulaPrefix() {
    }

    public static boolean startsWithOne(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The cell as a spreadsheet shows it but never evaluates it: a leading apostrophe marks it as text. */
    public static String neutralised(String cell) {
        return startsWithOne(cell) ? "'" + cell : cell;
    }
}
