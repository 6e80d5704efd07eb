package id.wilayah.importer.format;

import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import java.io.Closeable;
import java.io.IOException;

/** One level's rows as an import reads them, whatever the layout of the source. */
public interface RegionRows extends Closeable {

    /** The next row, or null at the end; a bad line throws {@link RejectedLineException} and reading goes on. */
    RegionRow next();

    /**
     * The level's rows: from the source's SQL dump when it has one, else from the level's CSV file. A file larger than
     * {@code maxBytes} is one problem about the whole file; compressed content may unpack to
     * {@code maxUnpackedBytes}.
     */
    static RegionRows open(RegionFile file, ImportSource source, long maxBytes, long maxUnpackedBytes)
            throws IOException {
        return source.hasSqlDump() ? SqlRegionReader.open(file, source, maxBytes, maxUnpackedBytes)
                : RegionFileReader.open(file, source, maxBytes);
    }
}
