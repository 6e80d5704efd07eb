package id.wilayah.importer.source;

import id.wilayah.importer.format.RegionFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files an admin uploaded, saved under their native names in a directory of their own until the run ends. */
public record UploadedFiles(Path directory) implements ImportSource {
    @Override
    public String parameter() {
        return UPLOAD + directory;
    }

    @Override
    public InputStream open(RegionFile file) throws IOException {
        Path path = directory.resolve(file.fileName());
        return Files.exists(path) ? Files.newInputStream(path) : null;
    }

    @Override
    public long size(RegionFile file) throws IOException {
        Path path = directory.resolve(file.fileName());
        return Files.exists(path) ? Files.size(path) : 0;
    }
}
