package id.wilayah.domain.text;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through while counting the characters of the cell being read (RFC 4180 quoting: separators and
 * line ends inside quotes belong to the cell), and fails the read with an {@link IOException} once one grows longer
 * than allowed. The CSV parser builds each cell whole in memory, so a file of one 50 MiB cell would cost hundreds of
 * MB of heap while it is parsed.
 */
final class CellLengthLimit extends WatchedReader {
    private final int maxChars;
    private int length;
    private boolean quoted;

    CellLengthLimit(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    protected void see(char c) throws IOException {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
            length = 0;
            return;
        }
        if (++length > maxChars) {
            throw new IOException("a cell longer than " + maxChars + " characters");
        }
    }
}
