package id.wilayah.api.http.json;

import id.wilayah.domain.failure.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes JSON through while counting how deep its arrays and objects nest (brackets inside strings do not count), and
 * stops the read with an {@link InvalidInputException} once the body nests deeper than allowed.
 */
final class DepthLimitedInputStream extends FilterInputStream {
    private final int maxDepth;
    private int depth;
    private boolean inString;
    private boolean escaped;

    DepthLimitedInputStream(InputStream in, int maxDepth) {
        super(in);
        this.maxDepth = maxDepth;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            see((byte) next);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = 0; i < count; i++) {
            see(buffer[offset + i]);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int count = read(skipped, 0, skipped.length);
        return Math.max(count, 0);
    }

    private void see(byte b) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
            return;
        }
        switch (b) {
            case '"' -> inString = true;
            case '[', '{' -> {
                if (++depth > maxDepth) {
                    throw new InvalidInputException("The JSON body nests deeper than " + maxDepth + " levels");
                }
            }
            case ']', '}' -> depth--;
            default -> {
            }
        }
    }
}
