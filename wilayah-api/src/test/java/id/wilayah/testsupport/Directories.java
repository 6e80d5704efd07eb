package id.wilayah.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

public final class Directories {
    private Directories() {
    }

    /** Deletes the directory with everything in it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path directory) throws IOException {
        for (Path path : deepestFirst(directory)) {
            Files.delete(path);
        }
    }

    /**
     * Deletes what can be deleted of the directory, for clean-ups after a test: a file a stopping browser or database
     * still writes is no reason to fail the run.
     */
    public static void deleteLeftovers(Path directory) {
        try {
            for (Path path : deepestFirst(directory)) {
                path.toFile().delete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> deepestFirst(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.sorted(Comparator.reverseOrder()).toList();
        }
    }
}
