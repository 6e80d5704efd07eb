package id.wilayah.api.http.body;

import id.wilayah.admin.resolve.AddressLines;
import id.wilayah.domain.crosswalk.csv.OverrideCsv;
import id.wilayah.importer.source.FileSizeLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How large a request body may be, and where a multipart upload is expected at all. */
@ApplicationScoped
public class BodyLimits {
    public static final String MAX_BODY_KEY = "wilayah.http.max-body-bytes";
    public static final String BODY_TIMEOUT_KEY = "wilayah.http.body-timeout-seconds";

    /** The console's import page, one of the pages the container parses multipart for. */
    public static final String CONSOLE_UPLOAD_PATH = "/admin/imports.xhtml";
    /** The console's crosswalk page, which takes one override file. */
    public static final String CONSOLE_OVERRIDES_PATH = "/admin/crosswalk.xhtml";
    /** The console's address resolution, which takes a file or up to 10,000 pasted lines. */
    public static final String CONSOLE_RESOLVE_PATH = "/admin/resolve.xhtml";
    /** The console pages that take files, and the admin API's imports. */
    private static final Set<String> UPLOAD_PATHS = Set.of(CONSOLE_UPLOAD_PATH, CONSOLE_OVERRIDES_PATH,
            CONSOLE_RESOLVE_PATH, "/api/admin/imports");
    /** Room for the form's boundaries, part headers and the edition name. */
    private static final long FORM_OVERHEAD_BYTES = 1 << 20;
    /** Four CSV files and a GeoJSON file per level. */
    private static final int FILES_PER_UPLOAD = 8;
    /** The bulk crosswalk: 100,000 codes of up to 13 digits and dots, quoted, with separators and spaces. */
    private static final String CROSSWALK_PATH = "/api/crosswalk";
    private static final long CROSSWALK_BODY_BYTES = 2L << 20;
    /** The bulk resolution: 10,000 addresses of up to 500 characters, quoted, with separators and a few escapes. */
    private static final String RESOLVE_PATH = "/api/resolve";
    private static final long RESOLVE_BODY_BYTES = 6L << 20;

    @Inject
    @ConfigProperty(name = MAX_BODY_KEY, defaultValue = "262144")
    long maxBodyBytes;

    /** A whole body of the maximum size within this time is about 13 kB/s, far below any real client's rate. */
    @Inject
    @ConfigProperty(name = BODY_TIMEOUT_KEY, defaultValue = "20")
    long bodyTimeoutSeconds;

    @Inject
    FileSizeLimit fileSizeLimit;

    /** How long a body outside the uploads may take to arrive, whole. */
    public long bodyTimeoutMillis() {
        return Math.max(1, bodyTimeoutSeconds) * 1000;
    }

    public boolean isUploadPath(String path) {
        return UPLOAD_PATHS.contains(path);
    }

    /** A console page that takes files: the container parses its multipart, whose files must be deleted after. */
    public static boolean isConsoleUploadPath(String path) {
        return CONSOLE_UPLOAD_PATH.equals(path) || CONSOLE_OVERRIDES_PATH.equals(path)
                || CONSOLE_RESOLVE_PATH.equals(path);
    }

    /** The largest body accepted on a path, with the setting that decides it (for the refusal's message). */
    public Limit forPath(String path) {
        if (CONSOLE_OVERRIDES_PATH.equals(path)) {
            return new Limit(OverrideCsv.MAX_BYTES + FORM_OVERHEAD_BYTES, "one override file of "
                    + OverrideCsv.MAX_BYTES + " bytes");
        }
        if (CONSOLE_RESOLVE_PATH.equals(path)) {
            return new Limit(AddressLines.MAX_BYTES + FORM_OVERHEAD_BYTES, "one address file or text of "
                    + AddressLines.MAX_BYTES + " bytes");
        }
        if (isUploadPath(path)) {
            return new Limit(FILES_PER_UPLOAD * fileSizeLimit.bytes() + FORM_OVERHEAD_BYTES,
                    FILES_PER_UPLOAD + " files of " + FileSizeLimit.KEY);
        }
        if (CROSSWALK_PATH.equals(path)) {
            return new Limit(Math.max(maxBodyBytes, CROSSWALK_BODY_BYTES), "100,000 codes of the bulk crosswalk");
        }
        if (RESOLVE_PATH.equals(path)) {
            return new Limit(Math.max(maxBodyBytes, RESOLVE_BODY_BYTES), "10,000 addresses of the bulk resolution");
        }
        return new Limit(maxBodyBytes, MAX_BODY_KEY);
    }

    /**
     * A path of the two JAX-RS surfaces, which answer every error themselves and so may get their bodies in an
     * asynchronous dispatch. Everything else (the console, Payara's endpoints, static files, unknown paths) needs the
     * thread that received the request: an asynchronous dispatch carries neither the console's security context nor
     * the container's error pages.
     */
    public static boolean isApiSurfacePath(String path) {
        return path.startsWith("/api/") || path.startsWith("/nusantara/");
    }

    /** The path within the application as the servlet mapping sees it (decoded, without path parameters). */
    public static String pathOf(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }

    public record Limit(long bytes, String setting) {
    }
}
