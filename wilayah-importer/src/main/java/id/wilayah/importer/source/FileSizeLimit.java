package id.wilayah.importer.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest import file accepted (wilayah.import.max-file-bytes), for the upload, the job and the HTTP layer, and how
 * large a compressed upload may grow once unpacked.
 */
@ApplicationScoped
public class FileSizeLimit {
    public static final String KEY = "wilayah.import.max-file-bytes";
    /**
     * GeoJSON packs about 4:1 (the national villages: 45.6 MB of gzip, 193 MB unpacked), so eight times the file limit
     * leaves room while a few kB of gzip can no longer keep an import reading gigabytes.
     */
    public static final int UNPACKED_PER_FILE = 8;

    @Inject
    @ConfigProperty(name = KEY, defaultValue = "52428800")
    long maxFileBytes;

    public long bytes() {
        return maxFileBytes;
    }

    public long unpackedBytes() {
        return maxFileBytes * UNPACKED_PER_FILE;
    }
}
