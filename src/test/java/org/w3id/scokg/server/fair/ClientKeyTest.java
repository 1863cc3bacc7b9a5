package org.w3id.scokg.server.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class ClientKeyTest {
    private static String client(String literal) throws UnknownHostException {
        return ClientKey.client(InetAddress.getByName(literal));
    }

    @Test
    void a_global_ipv6_address_is_its_64_bit_prefix_and_an_ipv4_address_itself() throws UnknownHostException {
        assertEquals("2001:db8:13:1:0:0:0:0/64", client("2001:db8:13:1::1"));
        assertEquals(client("2001:db8:13:1::1"), client("2001:db8:13:1:ffff:ffff:ffff:ffff"));
        assertEquals("10.0.0.1", client("10.0.0.1"));
        assertEquals("10.0.0.1", client("::ffff:10.0.0.1"));
    }

    @Test
    void each_link_local_address_is_a_client_of_its_own() throws UnknownHostException {
        assertNotEquals(client("fe80::1%2"), client("fe80::2%2"));
        assertNotEquals(client("fe80::1%2"), client("fe80::1%3"));
        assertEquals("fe80:0:0:0:0:0:0:1%2", client("fe80::1%2"));
    }
}
