package org.w3id.scokg.server.fair;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressPattern;

/**
 * Who a request comes from, as fair scheduling counts clients: the address of the connection; or,
 * when that address is one of the trusted proxies, the address the proxies say they forwarded
 * for. {@code X-Forwarded-For} is read from the right, each trusted proxy's entry skipped, so a
 * client cannot pass for another by writing the header itself: only the entries trusted proxies
 * added are believed, and the first untrusted one is the client. Without trusted proxies the
 * header is ignored.
 *
 * <p>An IPv6 client is its address's first 64 bits: a host is given a /64 (RFC 6177) and chooses
 * addresses in it at will, so counting each as a client gave one host as many budgets as it liked.
 * An IPv4 address written as IPv6 ({@code ::ffff:10.0.0.1}) is that IPv4 address.
 */
final class ClientKey implements Function<Request, String> {
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";

    /**
     * An IPv4 literal of four numbers up to 255 or an IPv6 literal (with a colon): never a name, nor
     * anything else the JDK would look up as one ({@code cafe.be}, {@code 1.2.3.999}).
     */
    private static final Pattern LITERAL = Pattern.compile(OCTET + "(\\." + OCTET + "){3}|(?=.*:)[0-9A-Fa-f:.]{2,45}");

    private final List<InetAddressPattern> trustedProxies;

    /** Proxies by address, range ({@code 10.0.0.1-10.0.0.9}) or CIDR block ({@code 10.0.0.0/8}). */
    ClientKey(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(InetAddressPattern::from).toList();
    }

    /** Refuses, with a sentence naming it, a proxy that is not an address, a range or a CIDR block. */
    static void checkProxy(String proxy) {
        try {
            if (!proxy.matches("[0-9A-Fa-f:./-]+")) throw new IllegalArgumentException(proxy);
            InetAddressPattern.from(proxy);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a trusted proxy must be an address, a range (a-b) or a CIDR block (a/n), not '" + proxy + "'", e);
        }
    }

    @Override
    public String apply(Request request) {
        // Without trusted proxies the client is the connection's address, which the JDK has already
        // parsed: it is not written out and read back at every request.
        if (trustedProxies.isEmpty() && request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return client(socket.getAddress());
        }
        String remote = Request.getRemoteAddr(request);
        if (!trusted(remote)) return client(remote);
        List<String> forwarded = request.getHeaders().getCSV(HttpHeader.X_FORWARDED_FOR, false);
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (!trusted(hop)) return client(hop);
        }
        return client(forwarded.isEmpty() ? remote : forwarded.get(0).trim());
    }

    /** The client an address stands for: an IPv6 address's /64, any other address or text as it is. */
    private static String client(String hop) {
        InetAddress address = literal(hop);
        return address == null ? hop : client(address);
    }

    /**
     * The client {@code address} stands for. A link-local IPv6 address ({@code fe80::/10}) is a
     * client of its own: every host on a link has one in the same /64, which would make them one
     * client (the address is read, not its text, and carries no scope to tell them apart).
     */
    static String client(InetAddress address) {
        if (!(address instanceof Inet6Address six) || six.isLinkLocalAddress()) return address.getHostAddress();
        byte[] prefix = address.getAddress();
        Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException never) {
            throw new IllegalStateException(never);
        }
    }

    private boolean trusted(String hop) {
        InetAddress parsed = trustedProxies.isEmpty() ? null : literal(hop);
        if (parsed == null) return false;
        for (InetAddressPattern proxy : trustedProxies) {
            if (proxy.test(parsed)) return true;
        }
        return false;
    }

    /** The address {@code hop} writes, if it is an IPv4 or IPv6 literal; null otherwise. */
    private static InetAddress literal(String hop) {
        // Jetty writes an IPv6 remote address in brackets, as in a URL.
        String address = hop.startsWith("[") && hop.endsWith("]") ? hop.substring(1, hop.length() - 1) : hop;
        if (!LITERAL.matcher(address).matches()) return null;
        try {
            // A literal address, checked above, is parsed without a name lookup.
            return InetAddress.getByName(address);
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
