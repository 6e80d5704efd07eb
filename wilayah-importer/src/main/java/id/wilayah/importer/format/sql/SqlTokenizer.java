package id.wilayah.importer.format.sql;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits a dump into {@link SqlToken}s, character by character: MySQL's quoting rules (a string in single or double
 * quotes, escaped by a backslash or by doubling the quote; identifiers in backticks) and its comments ({@code --} and
 * {@code #} to the end of the line, {@code /* *}{@code /}, which includes the {@code /*!40101 ... *}{@code /}
 * settings phpMyAdmin writes) are skipped. A string longer than the cell limit stops the reading where it starts.
 */
final class SqlTokenizer implements Closeable {
    private final Reader in;
    private final int maxStringChars;
    private long line = 1;
    private int pushedBack = -2;

    SqlTokenizer(Reader in, int maxStringChars) {
        this.in = in;
        this.maxStringChars = maxStringChars;
    }

    long line() {
        return line;
    }

    SqlToken next() throws IOException {
        int c = skipBlanksAndComments();
        long start = line;
        if (c < 0) {
            return new SqlToken(SqlToken.Kind.END, "", start);
        }
        if (c == '\'' || c == '"') {
            return new SqlToken(SqlToken.Kind.STRING, quoted((char) c, start, true), start);
        }
        if (c == '`') {
            return new SqlToken(SqlToken.Kind.WORD, quoted('`', start, false), start);
        }
        if (isWordChar(c)) {
            StringBuilder word = new StringBuilder();
            while (c >= 0 && isWordChar(c)) {
                if (word.length() == maxStringChars) {
                    throw new SqlSyntaxException(start, "a word longer than " + maxStringChars + " characters");
                }
                word.append((char) c);
                c = read();
            }
            unread(c);
            return new SqlToken(SqlToken.Kind.WORD, word.toString(), start);
        }
        return new SqlToken(SqlToken.Kind.SYMBOL, String.valueOf((char) c), start);
    }

    private int skipBlanksAndComments() throws IOException {
        while (true) {
            int c = read();
            if (c == '#') {
                skipLine();
            } else if (c == '-') {
                int following = read();
                if (following != '-') {
                    unread(following);
                    return c;
                }
                skipLine();
            } else if (c == '/') {
                int following = read();
                if (following != '*') {
                    unread(following);
                    return c;
                }
                skipBlockComment();
            } else if (c < 0 || !Character.isWhitespace(c) && c != '\uFEFF') {
                return c;
            }
        }
    }

    private void skipLine() throws IOException {
        int c = read();
        while (c >= 0 && c != '\n') {
            c = read();
        }
    }

    private void skipBlockComment() throws IOException {
        long start = line;
        int previous = 0;
        for (int c = read(); c >= 0; c = read()) {
            if (previous == '*' && c == '/') {
                return;
            }
            previous = c;
        }
        throw new SqlSyntaxException(start, "a comment /* ... is never closed");
    }

    /** A quoted string or identifier without its quotes; in strings a backslash escapes the next character. */
    private String quoted(char quote, long start, boolean backslashEscapes) throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                throw new SqlSyntaxException(start, "the quote " + quote + " opened here is never closed");
            }
            if (c == quote) {
                int following = read();
                if (following != quote) {
                    unread(following);
                    return text.toString();
                }
            } else if (c == '\\' && backslashEscapes) {
                c = escaped(read(), start);
            }
            if (text.length() == maxStringChars) {
                throw new SqlSyntaxException(start, "a quoted value longer than " + maxStringChars + " characters");
            }
            text.append((char) c);
        }
    }

    private static int escaped(int c, long start) {
        return switch (c) {
            case -1 -> throw new SqlSyntaxException(start, "the quote opened here is never closed");
            case '0' -> 0;
            case 'b' -> '\b';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'Z' -> 0x1a;
            default -> c;
        };
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '@';
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
