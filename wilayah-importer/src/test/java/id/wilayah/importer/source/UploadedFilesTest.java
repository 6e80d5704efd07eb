package id.wilayah.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.geo.GeometryFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedFilesTest {
    private static final long MIB = 1 << 20;

    /** 32 MiB of JSON whitespace packs into a few kB: the reading stops where the unpacked limit is passed. */
    @Test
    void gzipContentIsUnpackedUpToTheLimitOnly(@TempDir Path upload) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(upload.resolve("villages.geojson")))) {
            out.write("{\"type\":\"FeatureCollection\",".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat((int) MIB).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 32; i++) {
                out.write(spaces);
            }
            out.write("\"features\":[]}".getBytes(StandardCharsets.UTF_8));
        }
        List<ValidationProblem> problems = new ArrayList<>();
        try (InputStream in = new UploadedFiles(upload).openGeometry(RegionFile.VILLAGES, 4 * MIB).orElseThrow()) {
            GeometryFileReader.read(RegionFile.VILLAGES, in, code -> true, region -> { }, problems::add);
        }
        assertEquals(List.of(new ValidationProblem("villages.geojson", 0, "the gzip content unpacks to more than "
                + 4 * MIB + " bytes (8 × wilayah.import.max-file-bytes)")), problems);
    }

    @Test
    void contentUnderTheLimitIsReadWhole(@TempDir Path upload) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(upload.resolve("villages.geojson")))) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8));
        }
        List<ValidationProblem> problems = new ArrayList<>();
        try (InputStream in = new UploadedFiles(upload).openGeometry(RegionFile.VILLAGES, 42).orElseThrow()) {
            assertEquals(0, GeometryFileReader.read(RegionFile.VILLAGES, in, code -> true, region -> { },
                    problems::add));
        }
        assertEquals(List.of(), problems);
    }
}
