package id.wilayah.domain.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes text through and shows every character read to {@link #see(char)}, which may fail the read: the way an
 * upload reader bounds what a parser would otherwise hold whole in memory (a cell, a JSON string).
 */
public abstract class WatchedReader extends FilterReader {
    protected WatchedReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            see((char) next);
        }
        return next;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = 0; i < read; i++) {
            see(buffer[offset + i]);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] skipped = new char[(int) Math.min(n, 8192)];
        return Math.max(read(skipped, 0, skipped.length), 0);
    }

    /** One character as it passes; throws to end the read. */
    protected abstract void see(char c) throws IOException;
}
