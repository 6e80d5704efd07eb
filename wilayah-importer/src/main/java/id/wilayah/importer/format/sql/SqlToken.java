package id.wilayah.importer.format.sql;

import java.util.Locale;

/** A word (keyword, identifier, number; a backticked identifier too), a quoted string or one punctuation character. */
record SqlToken(Kind kind, String text, long line) {
    enum Kind { WORD, STRING, SYMBOL, END }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    String lowerCase() {
        return text.toLowerCase(Locale.ROOT);
    }

    String shown() {
        return switch (kind) {
            case END -> "the end of the file";
            case STRING -> "a quoted value";
            default -> "'" + (text.length() > 32 ? text.substring(0, 32) + "…" : text) + "'";
        };
    }
}
