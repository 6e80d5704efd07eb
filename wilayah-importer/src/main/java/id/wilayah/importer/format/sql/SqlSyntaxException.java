package id.wilayah.importer.format.sql;

/** A dump that cannot be read any further; {@link #line()} is where reading stopped. */
public class SqlSyntaxException extends RuntimeException {
    private final long line;

    public SqlSyntaxException(long line, String reason) {
        super(reason, null, false, false);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
