package id.wilayah.api.http.compression;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.zip.GZIPOutputStream;

/**
 * A response to a client that accepts gzip. Whether to compress is decided at the first byte of the body, when the
 * status, content type and declared length are known; until then a declared Content-Length is held back, since a
 * compressed body has another length.
 */
class GzipResponse extends HttpServletResponseWrapper {
    private static final String CONTENT_LENGTH = "Content-Length";

    private long declaredLength = -1;
    /** Set once Content-Encoding: gzip is on the headers; a body written again after a buffer reset is gzip too. */
    private boolean gzipped;
    private Body body;
    private PrintWriter writer;

    GzipResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setContentLength(int length) {
        declaredLength = length;
    }

    @Override
    public void setContentLengthLong(long length) {
        declaredLength = length;
    }

    @Override
    public void setHeader(String name, String value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            declaredLength = value == null ? -1 : Long.parseLong(value.strip());
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            declaredLength = value;
        } else {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            declaredLength = value;
        } else {
            super.addIntHeader(name, value);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called on this response");
        }
        return body();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (body != null) {
                throw new IllegalStateException("getOutputStream() was called on this response");
            }
            writer = new PrintWriter(new OutputStreamWriter(body(), getCharacterEncoding()));
        }
        return writer;
    }

    private Body body() {
        if (body == null) {
            body = new Body();
        }
        return body;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        } else if (body != null) {
            body.flush();
        }
        super.flushBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        declaredLength = -1;
        gzipped = false;
        body = null;
        writer = null;
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        body = null;
        writer = null;
    }

    /** Ends the compressed stream, or passes on the length of a response that never had a body written. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (body != null && body.target != null) {
            body.finish();
        } else if (declaredLength >= 0 && !isCommitted()) {
            super.setContentLengthLong(declaredLength);
        }
    }

    private boolean compresses() {
        if (gzipped) {
            return true;
        }
        int status = getStatus();
        return status >= 200 && status != 204 && status != 304
                && !containsHeader("Content-Encoding")
                && (declaredLength < 0 || declaredLength >= ResponseCompression.MIN_BYTES)
                && ResponseCompression.isCompressible(getContentType());
    }

    /** The body stream; the target it writes to is chosen at its first byte. */
    private final class Body extends ServletOutputStream {
        private OutputStream target;
        private GZIPOutputStream gzip;

        private OutputStream target() throws IOException {
            if (target == null) {
                ServletOutputStream out = GzipResponse.super.getOutputStream();
                if (!gzipped && ResponseCompression.isCompressible(getContentType())) {
                    GzipResponse.super.addHeader("Vary", "Accept-Encoding");
                }
                if (compresses()) {
                    GzipResponse.super.setHeader("Content-Encoding", "gzip");
                    gzipped = true;
                    gzip = new GZIPOutputStream(out, 8192);
                    target = gzip;
                } else {
                    if (declaredLength >= 0) {
                        GzipResponse.super.setContentLengthLong(declaredLength);
                    }
                    target = out;
                }
            }
            return target;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > 0) {
                target().write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (target != null) {
                target.flush();
            }
        }

        @Override
        public void close() throws IOException {
            finish();
        }

        void finish() throws IOException {
            if (gzip != null) {
                gzip.finish();
            }
            if (target != null) {
                target.flush();
            }
        }

        @Override
        public boolean isReady() {
            try {
                return GzipResponse.super.getOutputStream().isReady();
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                GzipResponse.super.getOutputStream().setWriteListener(listener);
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
