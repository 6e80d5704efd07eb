package id.wilayah.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Counts an import's data lines up front (line ends minus headers), the 100 % of its progress. */
public final class RowCounter {
    private RowCounter() {
    }

    public static long dataRows(ImportSource source) {
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
