package id.wilayah.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 spoken over a socket, for what the JDK client will not send (a Host header of another site, an oversized
 * request line) or will not show (the reason phrase of the status line, whether the server closed the connection).
 */
public final class RawHttp {
    private RawHttp() {
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line that ends them) and {@code body}, then
     * reads until the server closes the connection or 10 s pass. Returns everything the server sent.
     */
    public static String exchange(URI server, String head, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String lengthHeader = body == null ? "" : "Content-Length: " + content.length + "\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((head + "\r\n" + lengthHeader + "\r\n").getBytes(StandardCharsets.UTF_8));
        request.writeBytes(content);
        return send(server, request.toByteArray());
    }

    /**
     * Sends the body-less request {@code head} {@code times} times on one connection without waiting for the answers,
     * the last time asking the server to close, then reads until the server closes the connection or 10 s pass.
     * Returns everything the server sent.
     */
    public static String pipeline(URI server, String head, int times) {
        StringBuilder requests = new StringBuilder();
        for (int request = 1; request < times; request++) {
            requests.append(head).append("\r\n\r\n");
        }
        requests.append(head).append("\r\nConnection: close\r\n\r\n");
        return send(server, requests.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String send(URI server, byte[] request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return readToEnd(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status line and headers of a response {@link #exchange} returned. */
    public static String head(String response) {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? response : response.substring(0, end);
    }

    private static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int count;
        while ((count = in.read(buffer)) != -1) {
            received.write(buffer, 0, count);
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
