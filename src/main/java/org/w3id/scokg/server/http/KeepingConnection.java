package org.w3id.scokg.server.http;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.w3id.scokg.server.web.Language;

/**
 * One HTTP/1.1 connection of {@link BadMessageHeaders}, whose parser's handler keeps the headers
 * that say who asked and in what language ({@code Accept}, {@code Accept-Language}, {@code Cookie})
 * of a request Jetty fails before it has made it, where the error handler finds them ({@link
 * BadMessageHeaders#kept}). A path {@code HttpURI} cannot parse is read as its first segment ({@link
 * BadMessageHeaders#standIn}), its headers are read, and the request is then failed as Jetty failed
 * it, with the same 400 and "Bad URI", and the connection closed.
 *
 * <p>A request's line and headers must also arrive in full within a deadline from their first byte
 * (the body's, {@code --body-timeout}). Jetty's idle timeout ends only a connection that sends
 * nothing, so a request line or headers sent a byte every few seconds held their connection, and a
 * file descriptor of the server's, for as long as the client liked (5,000 such connections were all
 * open after 65 s). The clock starts at the request's first byte, when
 * the parser leaves its start, and stops when the headers are complete; each read of more bytes
 * before then looks at it, and past it the request is failed as Jetty fails a request it cannot read: a 408 with
 * one sentence, through the error handler, and the connection closed. A connection that sends
 * nothing more is closed by the idle timeout, so no request's headers hold a connection longer than
 * the deadline and the idle timeout together.
 *
 * <p>A request line longer than half the header limit ({@code requestHeaderSize}) is not read on
 * into Jetty's parser, which would answer it 414 before any header had been read: its target is
 * cut there and the rest of it skipped ({@link LineBoundParser}), its headers are read as any
 * request's, and the request is then failed with a 414 and the sentence {@link RequestLimitsFilter}
 * gives an address past its limit, at the path's first segment ({@link BadMessageHeaders#standIn}). So a browser gets
 * the site's error page, {@code /reconcile} a problem document and any other client the sentence,
 * as for an address under the header limit, not Jetty's "414 URI Too Long." as plain text on every
 * route. The half left keeps room for the
 * headers, which the limit counts with the line. A target that goes on past {@value LineBoundParser#SKIPPED_AT_MOST}
 * bytes skipped is failed there with the same 414 and its route's sentence, its headers unread (so
 * as plain text, or a problem document on {@code /reconcile}), and the connection closed: the bytes a
 * request line may make the server read are bounded by the two, and the ones it holds by the
 * connection's buffer. Jetty's parser would answer one sentence for every route.
 *
 * <p>A target that is neither a path nor an absolute {@code http} or {@code https} address with a host
 * ({@link BadMessageHeaders#unreadable}) is read at the root and failed once its headers are read, with a 400 that says
 * so; a CONNECT whose target is no authority with one that says what a CONNECT names ({@link
 * ParserRefusals}). An HTTP/1.0
 * request that sends {@code Transfer-Encoding} is failed once its headers are read, its connection
 * closed (RFC 9112 6.1). The parser also bounds a chunked body's framing ({@link LineBoundParser}).
 */
final class KeepingConnection extends HttpConnection {
    private static final Set<HttpHeader> KEPT = EnumSet.of(HttpHeader.ACCEPT, HttpHeader.ACCEPT_LANGUAGE, HttpHeader.COOKIE);

    // Set by the parser's handler, which Jetty's constructor makes: no initialisers here.
    private HttpFields.Mutable headers;
    private boolean unparsedPath;
    // What Jetty said of a path it could not parse, where its words are known (ParserRefusals), else "Bad URI".
    private String unparsedWhy;
    // The sentence of a target this server does not read (unreadable), else null.
    private String notHttp;
    // An HTTP/1.0 request, and one of them that sends Transfer-Encoding.
    private boolean http10;
    private boolean http10Coded;
    private String cutRoute;
    private KeepingHandler handler;
    private final long headerNanos;

    KeepingConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint, long headerNanos) {
        super(configuration, connector, endPoint);
        this.headerNanos = headerNanos;
    }

    @Override
    protected RequestHandler newRequestHandler() {
        handler = new KeepingHandler();
        return handler;
    }

    /** Jetty's parser, settings and all, but one that cuts a request line past half the header limit. */
    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
        HttpConfiguration configuration = getHttpConfiguration();
        HttpParser parser = new LineBoundParser(handler, configuration.getRequestHeaderSize(), compliance);
        parser.setHeaderCacheSize(configuration.getHeaderCacheSize());
        parser.setHeaderCacheCaseSensitive(configuration.isHeaderCacheCaseSensitive());
        return parser;
    }

    /**
     * Reads more of the connection, unless the request being read is still short of its headers
     * past the deadline: its parser's first byte (which sets its begin time) and the end of its
     * headers (past which it is in a state of content or at the message's end) bound it.
     */
    @Override
    public void onFillable() {
        HttpParser parser = getParser();
        if (!parser.isStart() && parser.inHeaderState() && NanoTime.since(parser.getBeginNanoTime()) > headerNanos) {
            // No more of this request is read: its parser takes no more bytes, and the 408 closes the connection.
            parser.close();
            handler.badMessage(new BadMessageException(HttpStatus.REQUEST_TIMEOUT_408,
                    "the request's line and headers were not received within " + headerNanos / 1_000_000_000 + " s"));
            return;
        }
        super.onFillable();
    }

    @Override
    protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
        LineBoundParser parser = (LineBoundParser) getParser();
        if (parser.cut()) {
            // The target was cut: the request is read at its first segment, and fails once its headers are
            // read; past what is skipped it has failed already, and Jetty makes its stream as "BAD /badMessage".
            String standIn = parser.skippedAll() ? parser.route() : BadMessageHeaders.standIn(method, uri);
            cutRoute = standIn == null ? "/" : standIn;
            return super.newHttpStream(method, cutRoute, version);
        }
        notHttp = HttpMethod.CONNECT.is(method) ? null : BadMessageHeaders.unreadable(uri);
        if (notHttp != null) {
            // Another scheme, no host, a bad port: read at the root, and failed once the headers are read.
            return super.newHttpStream(method, "/", version);
        }
        try {
            return super.newHttpStream(method, uri, version);
        } catch (IllegalArgumentException e) {
            // HttpURI throws on it (NumberFormatException for %ZZ, "Bad URI" for ..): Jetty would
            // fail the request line here, before reading a header.
            String standIn = BadMessageHeaders.standIn(method, uri);
            // A CONNECT to no authority (CONNECT /x): Jetty's 400 said only "Bad Request".
            if (standIn == null) throw new BadMessageException(HttpStatus.BAD_REQUEST_400, ParserRefusals.CONNECT_TARGET.english(), e);
            unparsedPath = true;
            unparsedWhy = ParserRefusals.sentence(HttpStatus.BAD_REQUEST_400, e.getMessage()) != null ? e.getMessage() : "Bad URI";
            return super.newHttpStream(method, standIn, version);
        }
    }

    private final class KeepingHandler extends RequestHandler {
        @Override
        public void startRequest(String method, String uri, HttpVersion version) {
            removeAttribute(BadMessageHeaders.ATTRIBUTE);
            headers = null;
            unparsedPath = false;
            unparsedWhy = null;
            notHttp = null;
            http10 = version == HttpVersion.HTTP_1_0;
            http10Coded = false;
            cutRoute = null;
            super.startRequest(method, uri, version);
        }

        @Override
        public void parsedHeader(HttpField field) {
            if (KEPT.contains(field.getHeader())) {
                if (headers == null) headers = HttpFields.build();
                headers.add(field);
            }
            if (http10 && field.getHeader() == HttpHeader.TRANSFER_ENCODING) http10Coded = true;
            // RFC 9110 10.1.1: a server MUST ignore a 100-continue expectation in an HTTP/1.0 request (and 15.2:
            // sends no 1xx to an HTTP/1.0 client); Jetty would answer it "HTTP/1.1 100 Continue". Any other
            // expectation is Jetty's to refuse, with a 417.
            if (http10 && field.getHeader() == HttpHeader.EXPECT && "100-continue".equalsIgnoreCase(field.getValue().strip())) return;
            super.parsedHeader(field);
        }

        @Override
        public boolean headerComplete() {
            ((LineBoundParser) getParser()).headEnded();
            // Failed as Jetty fails the request line it cannot parse: 400, "Bad URI", the connection closed.
            if (unparsedPath) throw new BadMessageException(unparsedWhy);
            if (notHttp != null) throw new BadMessageException(notHttp);
            // RFC 9112 6.1: an HTTP/1.0 message with Transfer-Encoding MUST be treated as if its framing
            // were faulty, and its connection closed. Jetty would read its body in chunks and keep the
            // connection open for the next request on it.
            if (http10Coded) throw new BadMessageException(ParserRefusals.HTTP10_CODED.english());
            if (cutRoute != null) throw new BadMessageException(HttpStatus.URI_TOO_LONG_414, RequestLimitsFilter.uriTooLong(cutRoute).english());
            return super.headerComplete();
        }

        @Override
        public void badMessage(HttpException failure) {
            setAttribute(BadMessageHeaders.ATTRIBUTE, new BadMessageHeaders.Kept(headers == null ? HttpFields.EMPTY : headers.asImmutable(), unparsedPath || notHttp != null
                    || cutRoute != null || ((LineBoundParser) getParser()).cut()));
            super.badMessage(contentLengthPast(failure));
        }
    }

    /**
     * {@code failure}, or a 413 where it is Jetty's 400 for a {@code Content-Length} past 2^63 - 1
     * bytes: Jetty 12.1.1's parser reads the value with {@code Math.multiplyExact} and {@code
     * addExact}, its one arithmetic that can overflow, and fails the request with "Bad Request" and
     * the {@code ArithmeticException} as its cause, whose sentence would say the address was not well
     * encoded. RFC 9110 8.6 has a recipient expect large numerals; the
     * body such a value announces is larger than the server reads, as one of 2^63 - 1 bytes is.
     */
    private static HttpException contentLengthPast(HttpException failure) {
        if (failure instanceof Throwable thrown && thrown.getCause() instanceof ArithmeticException overflow) {
            return new BadMessageException(HttpStatus.PAYLOAD_TOO_LARGE_413, "Content-Length past 2^63 - 1", overflow);
        }
        return failure;
    }
}
