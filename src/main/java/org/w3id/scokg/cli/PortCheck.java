package org.w3id.scokg.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/** Whether the server will be able to listen where it is told, asked before the graph is built. */
final class PortCheck {
    private PortCheck() {}

    /** Why {@code host:port} cannot be listened on (in use, or no such local address); empty when it can. */
    static Optional<String> free(String host, int port) {
        if (port == 0) return Optional.empty();
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (another server is using the port, or the address is not this machine's); choose another with --port or --host");
        }
    }
}
