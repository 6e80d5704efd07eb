package id.wilayah.importer.format.sql;

import java.util.List;

/** One row of an INSERT: its table and columns (lower case, without backticks), its values and the line it starts on. */
public record SqlTuple(String table, List<String> columns, List<String> values, long line) {

    /** The value of the named column, or null when the INSERT has no such column or the value is SQL NULL. */
    public String value(String column) {
        int index = columns.indexOf(column);
        return index < 0 ? null : values.get(index);
    }
}
