package id.wilayah.importer.source;

import id.wilayah.domain.text.UploadedCsv;
import id.wilayah.importer.format.sql.SqlInsertReader;
import id.wilayah.importer.format.sql.SqlSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Counts an import's data rows up front, the 100 % of its progress: line ends minus headers of CSV files, the rows of
 * a SQL dump (which may hold many rows on one line) up to a syntax error, which the import itself then reports.
 */
public final class RowCounter {
    private RowCounter() {
    }

    public static long dataRows(ImportSource source, long maxUnpackedBytes) {
        return source.hasSqlDump() ? dumpRows(source, maxUnpackedBytes) : csvRows(source);
    }

    private static long dumpRows(ImportSource source, long maxUnpackedBytes) {
        long rows = 0;
        try {
            Optional<InputStream> in = source.openDump(SqlDumpFile.REGIONS, maxUnpackedBytes);
            if (in.isEmpty()) {
                return 0;
            }
            try (SqlInsertReader reader = new SqlInsertReader(in.get(), UploadedCsv.MAX_CELL_CHARS)) {
                while (reader.next() != null) {
                    rows++;
                }
            }
        } catch (SqlSyntaxException | IOException e) {
            return rows;
        }
        return rows;
    }

    private static long csvRows(ImportSource source) {
        long rows = 0;
        byte[] buffer = new byte[64 * 1024];
        for (RegionFile file : RegionFile.values()) {
            try (InputStream in = source.open(file)) {
                if (in == null) {
                    continue;
                }
                long lines = 0;
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
                rows += Math.max(0, lines - 1);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file.fileName(), e);
            }
        }
        return rows;
    }
}
