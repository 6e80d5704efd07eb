package id.wilayah.api.http.input;

import id.wilayah.importer.source.FileSizeLimit;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request whose declared length exceeds four files of the largest size the importer accepts, before a byte
 * of it is read. Uploads without a declared length are still cut off per file by the importer.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class UploadSizeLimit implements ContainerRequestFilter {
    /** Room for the form's boundaries, part headers and the edition name. */
    private static final long FORM_OVERHEAD_BYTES = 1 << 20;
    private static final int FILES_PER_UPLOAD = 4;

    @Inject
    FileSizeLimit fileSizeLimit;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long maxFileBytes = fileSizeLimit.bytes();
        long limit = FILES_PER_UPLOAD * maxFileBytes + FORM_OVERHEAD_BYTES;
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            throw new UploadTooLargeException("Content-Length '" + declared + "' is not a byte count");
        }
        if (length > limit) {
            throw new UploadTooLargeException("The request has " + length + " bytes; at most " + limit
                    + " are accepted (four files of " + FileSizeLimit.KEY + " = " + maxFileBytes + " bytes each)");
        }
    }
}
