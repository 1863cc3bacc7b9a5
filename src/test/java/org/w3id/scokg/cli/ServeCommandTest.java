package org.w3id.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    void the_server_listens_on_this_machine_only_unless_told_otherwise() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals("127.0.0.1", serve.host);
        assertEquals(-1, serve.adminPort, "no admin port: the operator's endpoints answer on loopback only");
        new CommandLine(serve).parseArgs("--host", "0.0.0.0", "--admin-port", "9090");
        assertEquals("0.0.0.0", serve.host);
        assertEquals(9090, serve.adminPort);
    }

    @Test
    void a_port_in_use_is_named_with_its_address() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String problem = PortCheck.free("127.0.0.1", taken.getLocalPort()).orElse("");
            assertTrue(problem.startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), problem);
        }
        assertTrue(PortCheck.free("127.0.0.1", 0).isEmpty());
    }
}
