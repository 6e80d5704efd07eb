package id.wilayah.api.http.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {
    @Test
    void anUnreachableDatabaseIsATemporaryOutageWithRetryAfter() {
        FailureException failure = FailureClassifier.classify(new PersistenceException(
                new SQLNonTransientConnectionException("Socket fail to connect", "08000"))).orElseThrow();
        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals(5, failure.retryAfterSeconds().orElseThrow());
        assertEquals("The database is unreachable; try again shortly", failure.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIsInvalidInput() {
        FailureException failure = FailureClassifier.classify(new JsonParsingException("Unexpected char", null))
                .orElseThrow();
        assertEquals(FailureKind.INVALID_INPUT, failure.kind());
        assertEquals("The request body could not be read: it is not valid JSON", failure.getMessage());
    }

    @Test
    void aBodyOfTheWrongShapeIsInvalidInput() {
        FailureException failure = FailureClassifier.classify(
                new ProcessingException(new JsonbException("Cannot deserialize"))).orElseThrow();
        assertEquals(FailureKind.INVALID_INPUT, failure.kind());
        assertEquals("The request body is not valid JSON or has a field of the wrong type", failure.getMessage());
    }

    @Test
    void everythingElseIsABug() {
        assertTrue(FailureClassifier.classify(new NullPointerException()).isEmpty());
        assertTrue(FailureClassifier.classify(new ProcessingException("writer failed")).isEmpty());
        assertTrue(FailureClassifier.classify(new PersistenceException("constraint violated")).isEmpty());
        assertTrue(FailureClassifier.classify(new StackOverflowError()).isEmpty());
    }
}
