package id.wilayah.api.http.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the bodies of console form posts on the worker thread, since the console (Faces, the logged-in administrator's
 * security context, its error pages) only works on the thread that received the request, but at most a few at once
 * and each within the body time: slow bodies sent to the login page hold at most this many workers, however many
 * there are, and the other workers keep serving the API.
 */
@ApplicationScoped
public class ConsoleBodyReads {
    public static final String KEY = "wilayah.http.console-body-reads-at-once";

    private final Semaphore readers;

    /** For the CDI client proxy only. */
    ConsoleBodyReads() {
        this(1);
    }

    @Inject
    public ConsoleBodyReads(@ConfigProperty(name = KEY, defaultValue = "8") int atOnce) {
        this.readers = new Semaphore(Math.max(1, atOnce));
    }

    boolean tryTake() {
        return readers.tryAcquire();
    }

    void release() {
        readers.release();
    }

    /**
     * The whole body of the declared length, or empty if it did not arrive by the deadline. Checked between reads: a
     * client that sends nothing at all is ended by the HTTP layer's own read timeout.
     */
    static Optional<byte[]> readWithin(InputStream in, long length, long deadlineNanos) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(length, 8192));
        byte[] chunk = new byte[8192];
        while (body.size() < length) {
            int read = in.read(chunk, 0, (int) Math.min(chunk.length, length - body.size()));
            if (read < 0) {
                break;
            }
            body.write(chunk, 0, read);
            if (System.nanoTime() - deadlineNanos > 0 && body.size() < length) {
                return Optional.empty();
            }
        }
        return Optional.of(body.toByteArray());
    }
}
