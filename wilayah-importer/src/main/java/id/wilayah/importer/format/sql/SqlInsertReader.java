package id.wilayah.importer.format.sql;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of every {@code INSERT} (or {@code REPLACE}) statement of a dump, one at a time, with the line each starts
 * on. An INSERT without a column list, as mysqldump writes by default, takes the columns of the table's
 * {@code CREATE TABLE} earlier in the dump. Statements that set up a table or a session ({@code SET}, {@code CREATE}, {@code DROP}, {@code LOCK},
 * {@code START TRANSACTION}, {@code COMMIT} ...) are skipped; statements that would change rows already inserted
 * ({@code UPDATE}, {@code DELETE}, {@code TRUNCATE}) cannot be followed by a reader that keeps nothing, so they stop
 * the reading, as does any syntax error: both throw a {@link SqlSyntaxException} with the line.
 */
public final class SqlInsertReader implements Closeable {
    private static final Set<String> CHANGING = Set.of("update", "delete", "truncate");
    /** Words that open an element of a CREATE TABLE that is not a column. */
    private static final Set<String> NOT_COLUMNS = Set.of("primary", "key", "index", "unique", "constraint",
            "foreign", "fulltext", "spatial", "check", "period");

    private final SqlTokenizer tokens;
    private final Map<String, List<String>> declaredColumns = new HashMap<>();
    private String table;
    private List<String> columns;
    private boolean ended;

    public SqlInsertReader(InputStream in, int maxStringChars) {
        this.tokens = new SqlTokenizer(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                64 * 1024), maxStringChars);
    }

    /** The next row, or null at the end of the dump. */
    public SqlTuple next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            if (columns == null && !nextInsert()) {
                ended = true;
                return null;
            }
            SqlTuple tuple = tuple();
            SqlToken after = tokens.next();
            if (after.isSymbol(';') || after.kind() == SqlToken.Kind.END) {
                columns = null;
            } else if (!after.isSymbol(',')) {
                throw unexpected(after, "',' or ';' after a row");
            }
            return tuple;
        } catch (SqlSyntaxException e) {
            ended = true;
            throw e;
        }
    }

    /** Skips to the next INSERT and reads its head, up to the first row; false at the end of the dump. */
    private boolean nextInsert() throws IOException {
        while (true) {
            SqlToken first = tokens.next();
            if (first.kind() == SqlToken.Kind.END) {
                return false;
            }
            if (first.isWord("insert") || first.isWord("replace")) {
                insertHead(first);
                return true;
            }
            if (first.isWord("create")) {
                createStatement();
                continue;
            }
            if (first.kind() == SqlToken.Kind.WORD && CHANGING.contains(first.lowerCase())) {
                throw new SqlSyntaxException(first.line(), first.text().toUpperCase(Locale.ROOT)
                        + " statement: a dump to import may only create and insert rows");
            }
            if (!first.isSymbol(';')) {
                skipStatement();
            }
        }
    }

    private void insertHead(SqlToken insert) throws IOException {
        SqlToken token = tokens.next();
        while (token.isWord("ignore") || token.isWord("low_priority") || token.isWord("delayed")) {
            token = tokens.next();
        }
        if (token.isWord("into")) {
            token = tokens.next();
        }
        if (token.kind() != SqlToken.Kind.WORD) {
            throw unexpected(token, "a table name after " + insert.text());
        }
        table = token.lowerCase();
        token = tokens.next();
        if (token.isWord("values") || token.isWord("value")) {
            columns = declaredColumns.get(table);
            if (columns == null) {
                throw new SqlSyntaxException(token.line(), "INSERT INTO " + table + " without a column list, and no"
                        + " CREATE TABLE " + table + " before it to take the columns from");
            }
            return;
        }
        if (!token.isSymbol('(')) {
            throw unexpected(token, "the column list, e.g. (kode, nama), after the table name");
        }
        List<String> names = new ArrayList<>();
        do {
            SqlToken name = tokens.next();
            if (name.kind() != SqlToken.Kind.WORD) {
                throw unexpected(name, "a column name");
            }
            names.add(name.lowerCase());
            token = tokens.next();
        } while (token.isSymbol(','));
        if (!token.isSymbol(')')) {
            throw unexpected(token, "',' or ')' in the column list");
        }
        token = tokens.next();
        if (!token.isWord("values") && !token.isWord("value")) {
            throw unexpected(token, "VALUES after the column list");
        }
        columns = List.copyOf(names);
    }

    private SqlTuple tuple() throws IOException {
        SqlToken open = tokens.next();
        if (!open.isSymbol('(')) {
            throw unexpected(open, "'(' opening a row");
        }
        List<String> values = new ArrayList<>(columns.size());
        SqlToken token;
        do {
            values.add(value(tokens.next()));
            token = tokens.next();
        } while (token.isSymbol(','));
        if (!token.isSymbol(')')) {
            throw unexpected(token, "',' or ')' in a row");
        }
        if (values.size() != columns.size()) {
            throw new SqlSyntaxException(open.line(), "a row of " + values.size() + " values for "
                    + columns.size() + " columns (" + String.join(", ", columns) + ")");
        }
        return new SqlTuple(table, columns, values, open.line());
    }

    private static String value(SqlToken token) {
        if (token.kind() == SqlToken.Kind.STRING) {
            return token.text();
        }
        if (token.isWord("null")) {
            return null;
        }
        if (token.kind() == SqlToken.Kind.WORD && token.text().chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return token.text();
        }
        throw unexpected(token, "a quoted value, a number or NULL");
    }

    /** Remembers the columns of a CREATE TABLE, in order, for INSERTs without a column list. */
    private void createStatement() throws IOException {
        SqlToken token = tokens.next();
        if (!token.isWord("table")) {
            skipRestOf(token);
            return;
        }
        token = tokens.next();
        if (token.isWord("if")) {
            tokens.next();
            tokens.next();
            token = tokens.next();
        }
        String name = token.lowerCase();
        SqlToken open = tokens.next();
        if (token.kind() != SqlToken.Kind.WORD || !open.isSymbol('(')) {
            skipRestOf(open);
            return;
        }
        List<String> names = new ArrayList<>();
        boolean elementStart = true;
        int depth = 1;
        while (depth > 0) {
            token = tokens.next();
            if (token.kind() == SqlToken.Kind.END) {
                throw new SqlSyntaxException(open.line(), "the column list of CREATE TABLE " + name
                        + " opened here is never closed");
            }
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth--;
            } else if (depth == 1 && token.isSymbol(',')) {
                elementStart = true;
                continue;
            } else if (depth == 1 && elementStart && token.kind() == SqlToken.Kind.WORD
                    && !NOT_COLUMNS.contains(token.lowerCase())) {
                names.add(token.lowerCase());
            }
            elementStart = false;
        }
        declaredColumns.put(name, List.copyOf(names));
        skipStatement();
    }

    private void skipRestOf(SqlToken current) throws IOException {
        if (!current.isSymbol(';') && current.kind() != SqlToken.Kind.END) {
            skipStatement();
        }
    }

    private void skipStatement() throws IOException {
        for (SqlToken token = tokens.next(); !token.isSymbol(';'); token = tokens.next()) {
            if (token.kind() == SqlToken.Kind.END) {
                return;
            }
        }
    }

    private static SqlSyntaxException unexpected(SqlToken found, String expected) {
        return new SqlSyntaxException(found.line(), "expected " + expected + ", found " + found.shown());
    }

    @Override
    public void close() throws IOException {
        tokens.close();
    }
}
