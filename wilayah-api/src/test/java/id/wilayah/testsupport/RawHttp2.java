package id.wilayah.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;

/**
 * HTTP/2 by prior knowledge over one socket, frame by frame, for what no client library does: send a body without a
 * content-length, keep a hundred streams trickling on one connection, and read the answer to a refused body without
 * first sending all of it (Payara answers a refused stream but never resets it, so a library client waits on the
 * flow-control window). Headers go out as HPACK literals without indexing or Huffman coding; of the answer only the
 * {@code :status}, which Payara sends first, is decoded.
 */
public final class RawHttp2 implements Closeable {
    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DATA = 0;
    private static final int HEADERS = 1;
    private static final int SETTINGS = 4;
    private static final int END_STREAM = 1;
    private static final int END_HEADERS = 4;
    private static final int ACK = 1;
    /** The default initial window of a stream: more is not sent before the server lets it. */
    public static final int STREAM_WINDOW = 65_535;
    /** HPACK's static table entries 8 to 14, the statuses it names without a value. */
    private static final int[] INDEXED_STATUSES = {200, 204, 206, 304, 400, 404, 500};
    /** HPACK's Huffman codes of the digits 0 to 9, as {code, length in bits}. */
    private static final int[][] DIGIT_CODES = {{0b00000, 5}, {0b00001, 5}, {0b00010, 5}, {0b011001, 6},
        {0b011010, 6}, {0b011011, 6}, {0b011100, 6}, {0b011101, 6}, {0b011110, 6}, {0b011111, 6}};

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    private final String authority;
    private int nextStream = 1;

    private RawHttp2(Socket socket, String authority) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(socket.getInputStream());
        this.authority = authority;
    }

    /** Opens a connection to the server of {@code base} and sends the connection preface with empty settings. */
    public static RawHttp2 connect(URI base) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(10_000);
        RawHttp2 connection = new RawHttp2(socket, base.getHost() + ":" + base.getPort());
        connection.out.write(PREFACE);
        connection.frame(SETTINGS, 0, 0, new byte[0]);
        return connection;
    }

    /** Opens a POST stream with the given headers (a content-length among them or not) and returns its id. */
    public synchronized int open(String path, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        literal(block, ":method", "POST");
        literal(block, ":scheme", "http");
        literal(block, ":path", path);
        literal(block, ":authority", authority);
        headers.forEach((name, value) -> literal(block, name.toLowerCase(java.util.Locale.ROOT), value));
        int stream = nextStream;
        nextStream += 2;
        frame(HEADERS, END_HEADERS, stream, block.toByteArray());
        return stream;
    }

    /** Sends part of a stream's body; {@code last} ends the stream. */
    public synchronized void send(int stream, byte[] data, boolean last) throws IOException {
        frame(DATA, last ? END_STREAM : 0, stream, data);
    }

    /**
     * POSTs at most {@link #STREAM_WINDOW} bytes of {@code body} on a new stream (all of it, ending the stream, if it
     * fits), then reads until that stream's answer ends: its status, or empty when the connection ended first.
     */
    public OptionalInt post(String path, Map<String, String> headers, byte[] body) throws IOException {
        int stream = open(path, headers);
        int sent = 0;
        while (sent < Math.min(body.length, STREAM_WINDOW)) {
            int size = Math.min(16_384, Math.min(body.length, STREAM_WINDOW) - sent);
            byte[] part = java.util.Arrays.copyOfRange(body, sent, sent + size);
            sent += size;
            send(stream, part, sent == body.length);
        }
        return statusOf(stream);
    }

    private OptionalInt statusOf(int stream) throws IOException {
        int status = 0;
        while (true) {
            int length;
            try {
                length = in.readUnsignedByte() << 16 | in.readUnsignedShort();
            } catch (IOException ended) {
                return OptionalInt.empty();
            }
            int type = in.readUnsignedByte();
            int flags = in.readUnsignedByte();
            int id = in.readInt() & 0x7fffffff;
            byte[] payload = in.readNBytes(length);
            if (type == SETTINGS && (flags & ACK) == 0) {
                synchronized (this) {
                    frame(SETTINGS, ACK, 0, new byte[0]);
                }
            } else if (type == HEADERS && id == stream) {
                status = statusIn(payload);
            }
            if (id == stream && (type == DATA || type == HEADERS) && (flags & END_STREAM) != 0) {
                return OptionalInt.of(status);
            }
        }
    }

    /** The {@code :status} at the start of a header block: indexed, or a literal with its name indexed (8). */
    private static int statusIn(byte[] block) {
        int at = 0;
        while ((block[at] & 0xe0) == 0x20) {
            at++;
        }
        int first = block[at] & 0xff;
        if (first >= 0x88 && first <= 0x8e) {
            return INDEXED_STATUSES[first - 0x88];
        }
        int valueLength = block[at + 1] & 0x7f;
        byte[] value = java.util.Arrays.copyOfRange(block, at + 2, at + 2 + valueLength);
        return Integer.parseInt((block[at + 1] & 0x80) == 0 ? new String(value, StandardCharsets.US_ASCII)
                : huffmanDigits(value));
    }

    private static String huffmanDigits(byte[] coded) {
        StringBuilder digits = new StringBuilder();
        int bits = 0;
        int count = 0;
        for (byte b : coded) {
            for (int i = 7; i >= 0; i--) {
                bits = bits << 1 | (b >> i & 1);
                count++;
                for (int digit = 0; digit < DIGIT_CODES.length; digit++) {
                    if (DIGIT_CODES[digit][1] == count && DIGIT_CODES[digit][0] == bits) {
                        digits.append(digit);
                        bits = 0;
                        count = 0;
                    }
                }
            }
        }
        return digits.toString();
    }

    private void frame(int type, int flags, int stream, byte[] payload) throws IOException {
        byte[] head = {(byte) (payload.length >>> 16), (byte) (payload.length >>> 8), (byte) payload.length,
            (byte) type, (byte) flags, (byte) (stream >>> 24), (byte) (stream >>> 16), (byte) (stream >>> 8),
            (byte) stream};
        out.write(head);
        out.write(payload);
        out.flush();
    }

    private static void literal(ByteArrayOutputStream block, String name, String value) {
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        byte[] valueBytes = value.getBytes(StandardCharsets.US_ASCII);
        block.write(0);
        block.write(nameBytes.length);
        block.writeBytes(nameBytes);
        block.write(valueBytes.length);
        block.writeBytes(valueBytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
