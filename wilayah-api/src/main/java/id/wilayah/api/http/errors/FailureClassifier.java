package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.ServiceUnavailableException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;

/**
 * Tells what an exception that carries no kind means to the caller: libraries throw their own exceptions for a body
 * that is not JSON or a database that cannot be reached, and those are the caller's mistake or a temporary outage,
 * not bugs. Empty means a bug.
 */
final class FailureClassifier {
    private FailureClassifier() {
    }

    static Optional<FailureException> classify(Throwable e) {
        // Thrown while a library read the body (the JSON nesting limit), so it arrives wrapped.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof FailureException failure) {
                return Optional.of(failure);
            }
        }
        // The JSON-P reader throws this without wrapping it.
        if (e instanceof JsonException) {
            return Optional.of(new InvalidInputException("The request body could not be read: it is not valid JSON"));
        }
        if (e instanceof ProcessingException && unreadableJson(e)) {
            return Optional.of(
                    new InvalidInputException("The request body is not valid JSON or has a field of the wrong type"));
        }
        if (DatabaseUnreachable.caused(e)) {
            return Optional.of(new ServiceUnavailableException("The database is unreachable; try again shortly"));
        }
        return Optional.empty();
    }

    private static boolean unreadableJson(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }
}
