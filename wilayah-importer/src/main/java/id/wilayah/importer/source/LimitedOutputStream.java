package id.wilayah.importer.source;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes at most {@code limit} bytes and silently drops the rest. */
public final class LimitedOutputStream extends FilterOutputStream {
    private long remaining;

    public LimitedOutputStream(OutputStream out, long limit) {
        super(out);
        this.remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (remaining > 0) {
            out.write(b);
            remaining--;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int allowed = (int) Math.min(len, remaining);
        if (allowed > 0) {
            out.write(b, off, allowed);
            remaining -= allowed;
        }
    }
}
