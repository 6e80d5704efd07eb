package id.wilayah.domain.geo.json;

import id.wilayah.domain.text.WatchedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes JSON text through while counting the characters of the string or number being read, and fails the read with
 * an {@link IOException} once one grows longer than allowed. The JSON parser holds a whole token before it hands it
 * over, skipped ones too: one 40 MiB string in a Feature's properties (40 kB of gzip) took 170 MB of heap.
 */
final class TokenLengthLimit extends WatchedReader {
    private final int maxChars;
    private int length;
    private boolean inString;
    private boolean escaped;

    TokenLengthLimit(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    protected void see(char c) throws IOException {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                return;
            }
            grow();
        } else if (c == '"') {
            inString = true;
            length = 0;
        } else if (c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}' || Character.isWhitespace(c)) {
            length = 0;
        } else {
            grow();
        }
    }

    private void grow() throws IOException {
        if (++length > maxChars) {
            throw new IOException("a JSON string or number longer than " + maxChars + " characters");
        }
    }
}
