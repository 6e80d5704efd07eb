package id.wilayah.api.http.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.api.http.auth.RateLimitedException;
import id.wilayah.api.nusantara.StatusMessage;
import id.wilayah.domain.failure.FailureKind;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.failure.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SurfaceTest {
    @Test
    void requestsUnderNusantaraAreAnsweredInItsShapeAllOthersAsProblems() {
        assertEquals(Surface.NUSANTARA, Surface.of(URI.create("http://localhost:8080/nusantara/")));
        assertEquals(Surface.NUSANTARA, Surface.of(URI.create("http://localhost:8080/wilayah/nusantara")));
        assertEquals(Surface.NATIVE, Surface.of(URI.create("http://localhost:8080/api/")));
        assertEquals(Surface.NATIVE, Surface.of(URI.create("http://localhost:8080/nusantara-api/")));
    }

    @Test
    void theNativeSurfaceAnswersProblemDetails() {
        ErrorReply reply = ErrorReply.of(new NotFoundException("Provinsi 99 not found"));
        assertEquals(new Problem("urn:wilayah:problem:not-found", "Not Found", 404, "Provinsi 99 not found"),
                Surface.NATIVE.body(reply));
        assertEquals("application/problem+json", Surface.NATIVE.mediaType());
    }

    @Test
    void theNusantaraSurfaceAnswersStatusCodeAndMessage() {
        ErrorReply reply = ErrorReply.of(new NotFoundException("district not found"));
        assertEquals(new StatusMessage(404, "district not found"), Surface.NUSANTARA.body(reply));
        assertEquals("application/json", Surface.NUSANTARA.mediaType());
    }

    @Test
    void temporaryFailuresSayWhenToRetryOnEitherSurface() {
        assertEquals(5, ErrorReply.of(new ServiceUnavailableException("loading")).retryAfterSeconds().orElseThrow());
        assertEquals(2, ErrorReply.of(new RateLimitedException(60, Duration.ofMillis(1_001))).retryAfterSeconds()
                .orElseThrow());
        assertEquals(1, ErrorReply.of(new RateLimitedException(60, Duration.ZERO)).retryAfterSeconds().orElseThrow());
    }

    @Test
    void errorsJaxRsRaisesItselfKeepEachSurfacesWording() {
        assertEquals(new Problem("urn:wilayah:problem:http-405", "Method Not Allowed", 405, "Method not allowed here"),
                Surface.NATIVE.body(ErrorReply.ofHttpStatus(Response.Status.METHOD_NOT_ALLOWED, Surface.NATIVE, "GET")));
        assertEquals(new StatusMessage(404, "Cannot find this route"),
                Surface.NUSANTARA.body(ErrorReply.ofHttpStatus(Response.Status.NOT_FOUND, Surface.NUSANTARA, null)));
        assertEquals(new StatusMessage(405, "Method Not Allowed"), Surface.NUSANTARA.body(
                ErrorReply.ofHttpStatus(Response.Status.METHOD_NOT_ALLOWED, Surface.NUSANTARA, "GET")));
    }

    @Test
    void bugsCarryAnIncidentIdInEachSurfacesWording() {
        assertEquals("Unexpected server error; incident 42", Surface.NATIVE.internalError("42"));
        assertEquals("Internal server error; incident 42", Surface.NUSANTARA.internalError("42"));
    }

    @Test
    void everyKindIsTitledWithItsHttpReasonPhrase() {
        Arrays.stream(FailureKind.values()).forEach(kind -> assertEquals(
                Response.Status.fromStatusCode(kind.status()).getReasonPhrase(), kind.title(), kind.name()));
    }
}
