package id.wilayah.api.http.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being unreachable (refused, lost or no connection to be had) anywhere in
 * the cause chain: JPA, JTA and the connection pool each wrap the driver's exception in their own.
 */
final class DatabaseUnreachable {
    /** SQL state class 08, "connection exception", in the SQL standard. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseUnreachable() {
    }

    static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
