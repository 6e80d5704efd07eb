package id.wilayah.importer.job;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts validated rows into an edition with multi-row INSERT statements ({@value #ROWS_PER_STATEMENT} rows each):
 * one round trip per statement whatever the driver does with JDBC batches (through the container's XA pool they
 * went row by row and took four times as long). Shared by the job's writer and the import benchmark.
 */
public final class RegionInsert {
    static final int ROWS_PER_STATEMENT = 1000;

    private RegionInsert() {
    }

    public static void write(Connection connection, Level level, long edition, List<RegionRow> rows)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<RegionRow> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement insert = connection.prepareStatement(sql(level, slice.size()))) {
                int index = 1;
                for (RegionRow row : slice) {
                    index = bind(insert, index, edition, row);
                }
                insert.executeUpdate();
            }
        }
    }

    private static String sql(Level level, int rows) {
        String columns = switch (level) {
            case PROVINCE -> "province (edition_id, code, name)";
            case REGENCY -> "regency (edition_id, code, province_code, name, type)";
            case DISTRICT -> "district (edition_id, code, regency_code, name)";
            case VILLAGE -> "village (edition_id, code, district_code, name, type, postal_code)";
        };
        int parameters = switch (level) {
            case PROVINCE -> 3;
            case REGENCY -> 5;
            case DISTRICT -> 4;
            case VILLAGE -> 6;
        };
        String tuple = "(" + String.join(", ", Collections.nCopies(parameters, "?")) + ")";
        return "insert into " + columns + " values " + String.join(", ", Collections.nCopies(rows, tuple));
    }

    /** Binds a validated row (its parent reference resolved to the parent's code); returns the next index. */
    private static int bind(PreparedStatement insert, int first, long edition, RegionRow row) throws SQLException {
        int index = first;
        insert.setLong(index++, edition);
        insert.setString(index++, row.code());
        if (row.level() != Level.PROVINCE) {
            insert.setString(index++, row.parentRef());
        }
        insert.setString(index++, row.name());
        if (row.level() == Level.REGENCY || row.level() == Level.VILLAGE) {
            insert.setString(index++, row.type());
        }
        if (row.level() == Level.VILLAGE) {
            insert.setString(index++, row.postalCode());
        }
        return index;
    }
}
