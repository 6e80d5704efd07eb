package id.wilayah.importer.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/** Files an admin uploaded, saved under their native names in a directory of their own until the run ends. */
public record UploadedFiles(Path directory) implements ImportSource {
    /** The islands file as saved, whatever name it was uploaded under ({@code islands.csv}, {@code .csv.gz}). */
    public static final String ISLANDS = "islands.csv";

    @Override
    public String parameter() {
        return UPLOAD + directory;
    }

    /**
     * How runs, responses and the audit log name this upload: by its id (the directory's name), never by its path on
     * the server.
     */
    public String label() {
        return UPLOAD + directory.getFileName();
    }

    @Override
    public InputStream open(RegionFile file) throws IOException {
        Path path = directory.resolve(file.fileName());
        return Files.exists(path) ? Files.newInputStream(path) : null;
    }

    /** An uploaded {@code NAME.geojson}, gzip-compressed or not. */
    @Override
    public Optional<InputStream> openGeometry(RegionFile file, long maxUnpackedBytes) throws IOException {
        return openMaybeCompressed(directory.resolve(file.geometryFileName()), maxUnpackedBytes);
    }

    @Override
    public boolean hasSqlDump() {
        return Files.exists(directory.resolve(SqlDumpFile.REGIONS.fileName()));
    }

    /** An uploaded SQL dump, gzip-compressed or not. */
    @Override
    public Optional<InputStream> openDump(SqlDumpFile dump, long maxUnpackedBytes) throws IOException {
        return openMaybeCompressed(directory.resolve(dump.fileName()), maxUnpackedBytes);
    }

    @Override
    public long dumpSize(SqlDumpFile dump) throws IOException {
        Path path = directory.resolve(dump.fileName());
        return Files.exists(path) ? Files.size(path) : 0;
    }

    private static Optional<InputStream> openMaybeCompressed(Path path, long maxUnpackedBytes) throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return Optional.of(gzip ? unpacked(new GZIPInputStream(in, 64 * 1024), maxUnpackedBytes) : in);
    }

    /** An uploaded {@code islands.csv}, gzip-compressed or not. */
    @Override
    public Optional<InputStream> openIslands(long maxBytes) throws IOException {
        Path path = directory.resolve(ISLANDS);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        if (Files.size(path) > maxBytes) {
            throw new IOException("the file is larger than the limit of " + maxBytes + " bytes ("
                    + FileSizeLimit.KEY + ")");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return Optional.of(gzip ? unpacked(new GZIPInputStream(in, 64 * 1024), maxBytes) : in);
    }

    private static InputStream unpacked(InputStream content, long maxBytes) throws IOException {
        return BoundedInputStream.builder().setInputStream(content).setMaxCount(maxBytes + 1)
                .setOnMaxCount((max, count) -> {
                    throw new IOException("the gzip content unpacks to more than " + maxBytes + " bytes ("
                            + FileSizeLimit.UNPACKED_PER_FILE + " × " + FileSizeLimit.KEY + ")");
                }).get();
    }

    /** Removes the saved files once their run has ended (or could not start). */
    public void delete() {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete uploaded files in " + directory, e);
        }
    }

    @Override
    public long size(RegionFile file) throws IOException {
        Path path = directory.resolve(file.fileName());
        return Files.exists(path) ? Files.size(path) : 0;
    }
}
