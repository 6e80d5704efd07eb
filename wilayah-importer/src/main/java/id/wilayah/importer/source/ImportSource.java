package id.wilayah.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Where an import's four files come from; travels to the batch job as one string job parameter. */
public interface ImportSource {
    String BUNDLED = "bundled:";
    String UPLOAD = "upload:";

    /** The job parameter naming this source. */
    String parameter();

    /** The file's content, or null when the source lacks it. */
    InputStream open(RegionFile file) throws IOException;

    /**
     * The level's boundaries (a GeoJSON FeatureCollection), when the source carries them. Reading compressed content
     * that unpacks to more than {@code maxUnpackedBytes} fails with an {@link IOException} saying so.
     */
    default Optional<InputStream> openGeometry(RegionFile file, long maxUnpackedBytes) throws IOException {
        return Optional.empty();
    }

    /**
     * The edition's islands ({@code islands.csv}), when the source carries them. Content beyond {@code maxBytes}
     * (unpacked, for a compressed upload) fails with an {@link IOException} saying so.
     */
    default Optional<InputStream> openIslands(long maxBytes) throws IOException {
        return Optional.empty();
    }

    /** The file's size in bytes for the size limit; bundled files are trusted and report -1. */
    long size(RegionFile file) throws IOException;

    /** Whether the regions come as one SQL dump ({@link SqlDumpFile#REGIONS}) instead of four CSV files. */
    default boolean hasSqlDump() {
        return false;
    }

    /**
     * A file of the SQL layout, when the source has it; compressed content that unpacks to more than
     * {@code maxUnpackedBytes} fails with an {@link IOException} saying so.
     */
    default Optional<InputStream> openDump(SqlDumpFile dump, long maxUnpackedBytes) throws IOException {
        return Optional.empty();
    }

    /** The dump's size in bytes as stored, for the size limit; bundled files are trusted and report -1. */
    default long dumpSize(SqlDumpFile dump) throws IOException {
        return 0;
    }

    static ImportSource of(String parameter) {
        if (parameter.startsWith(BUNDLED)) {
            return BundledDataset.named(parameter.substring(BUNDLED.length()));
        }
        if (parameter.startsWith(UPLOAD)) {
            return new UploadedFiles(Path.of(parameter.substring(UPLOAD.length())));
        }
        throw new IllegalArgumentException("Unknown import source " + parameter);
    }
}
