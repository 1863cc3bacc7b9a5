package org.w3id.scokg.server.fair;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
 */
final class ClientKey implements Function<Request, String> {
    /** An IPv4 or IPv6 literal: never a name, which would be looked up. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

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
        String remote = Request.getRemoteAddr(request);
        if (!trusted(remote)) return remote;
        List<String> forwarded = request.getHeaders().getCSV(HttpHeader.X_FORWARDED_FOR, false);
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (!trusted(hop)) return hop;
        }
        return forwarded.isEmpty() ? remote : forwarded.get(0).trim();
    }

    private boolean trusted(String hop) {
        // Jetty writes an IPv6 remote address in brackets, as in a URL.
        String address = hop.startsWith("[") && hop.endsWith("]") ? hop.substring(1, hop.length() - 1) : hop;
        if (trustedProxies.isEmpty() || !LITERAL.matcher(address).matches()) return false;
        InetAddress parsed;
        try {
            // A literal address, checked above, is parsed without a name lookup.
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
        for (InetAddressPattern proxy : trustedProxies) {
            if (proxy.test(parsed)) return true;
        }
        return false;
    }
}
