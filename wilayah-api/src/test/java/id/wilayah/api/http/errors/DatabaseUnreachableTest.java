package id.wilayah.api.http.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnreachableTest {
    @Test
    void aRefusedConnectionDeepInThePoolsWrappingIsAnOutage() {
        SQLException driver = new SQLNonTransientConnectionException("Socket fail to connect", "08000",
                new ConnectException("Connection refused"));
        SQLException pool = new SQLException("Error in allocating a connection", new IllegalStateException(driver));
        assertTrue(DatabaseUnreachable.caused(new PersistenceException(pool)));
    }

    @Test
    void aConnectionLostDuringAQueryIsAnOutage() {
        assertTrue(DatabaseUnreachable.caused(
                new PersistenceException(new SQLException("Communications link failure", "08S01"))));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseUnreachable.caused(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseUnreachable.caused(new SQLException("no state")));
        assertFalse(DatabaseUnreachable.caused(new NullPointerException()));
    }
}
