package id.wilayah.api.http.compression;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response sent uncompressed to a client that does not accept gzip, still marked {@code Vary: Accept-Encoding}
 * when it is of a compressible type, so that a shared cache does not hand it to clients that do (or the reverse).
 */
class VaryingResponse extends HttpServletResponseWrapper {
    private boolean marked;

    VaryingResponse(HttpServletResponse response) {
        super(response);
    }

    /** Adds the Vary header once the content type is known, before the first byte of the body. */
    void markVary() {
        if (!marked) {
            marked = true;
            if (ResponseCompression.isCompressible(getContentType())) {
                addHeader("Vary", "Accept-Encoding");
            }
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        markVary();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        markVary();
        return super.getWriter();
    }
}
