package id.wilayah.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

public final class LoopbackPorts {
    private LoopbackPorts() {
    }

    /** A port free on 127.0.0.1 right now; probed on loopback only, never on all interfaces. */
    public static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
