package id.wilayah.importer.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The largest import file accepted (wilayah.import.max-file-bytes), for the upload, the job and the HTTP layer. */
@ApplicationScoped
public class FileSizeLimit {
    public static final String KEY = "wilayah.import.max-file-bytes";

    @Inject
    @ConfigProperty(name = KEY, defaultValue = "52428800")
    long maxFileBytes;

    public long bytes() {
        return maxFileBytes;
    }
}
