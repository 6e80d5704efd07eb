package id.wilayah.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Files an admin uploaded, saved under their native names in a directory of their own until the run ends. */
public record UploadedFiles(Path directory) implements ImportSource {
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
