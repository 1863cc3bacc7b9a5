package org.w3id.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.jena.fuseki.Fuseki;
import org.eclipse.jetty.http.MimeTypes;
import org.w3id.scokg.server.web.Sentence;

/**
 * The endpoint reads a query in UTF-8 only, the one encoding SPARQL 1.1 gives a query (SPARQL 1.1
 * Query, appendix C: "The encoding is always UTF-8"). {@link Doors} refuses a body whose {@code
 * charset} names another with a 415 ({@link #isUtf8}); as a filter in front of the endpoint, this
 * class answers 400 to a query body ({@code application/sparql-query}) whose bytes are not UTF-8,
 * naming the offset of the first bad byte. Fuseki read such a body with every bad byte replaced by
 * U+FFFD, so the query that ran was not the one sent. A form's bytes are checked as it is read,
 * before any route runs ({@link FormCharset}, {@link #firstBadFormByte}), with the same sentence
 * naming the offset.
 */
public final class QueryCharset implements Filter {
    /** The sentence of the 415 for a charset other than UTF-8. */
    static final Sentence ONLY_UTF8 = Sentence.of("said.queryUtf8");

    /**
     * Whether a {@code Content-Type} names no charset, or one that is UTF-8 (by any of its names), as
     * this class reads the parameters and as Jetty does: where Jetty reads a charset that is no
     * charset ({@code charset="utf-8;x"}), its servlet request throws when asked its content type,
     * and the client would get a 500.
     */
    public static boolean isUtf8(String contentType) {
        if (contentType == null) return true;
        try {
            String jetty = MimeTypes.getCharsetFromContentType(contentType);
            if (jetty != null && !Charset.forName(jetty).equals(StandardCharsets.UTF_8)) return false;
        } catch (IllegalArgumentException notACharset) {
            return false;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length < 2 || !parameter[0].strip().equalsIgnoreCase("charset")) continue;
            String name = parameter[1].strip().replaceAll("^\"|\"$", "");
            try {
                if (!Charset.isSupported(name) || !Charset.forName(name).equals(StandardCharsets.UTF_8)) return false;
            } catch (IllegalCharsetNameException e) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first byte of {@code body} that is not part of well-formed UTF-8; empty when all are. */
    public static OptionalInt firstBadByte(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        // UTF-8 never gives more UTF-16 units than it has bytes.
        CoderResult result = decoder.decode(in, CharBuffer.allocate(body.length), true);
        return result.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
    }

    /**
     * The offset in {@code form}, a body of {@code application/x-www-form-urlencoded}, of the first
     * byte its names and values, decoded, do not hold as UTF-8: a byte given by a %-escape is at its
     * {@code %}. Each name and each value is checked apart, as each is decoded apart (a character cut
     * at an {@code &} or {@code =} is a bad byte). Empty when all are UTF-8, and when a {@code %} is
     * not followed by two hex digits (Jetty's form reader refuses that itself).
     */
    public static OptionalInt firstBadFormByte(byte[] form) {
        int start = 0;
        for (int i = 0; i <= form.length; i++) {
            if (i < form.length && form[i] != '&' && form[i] != '=') continue;
            OptionalInt bad = firstBadDecodedByte(form, start, i);
            if (bad.isPresent()) return bad;
            start = i + 1;
        }
        return OptionalInt.empty();
    }

    /** {@link #firstBadByte} of {@code form[from, to)} decoded, as an offset in {@code form}. */
    private static OptionalInt firstBadDecodedByte(byte[] form, int from, int to) {
        byte[] decoded = new byte[to - from];
        int[] origin = new int[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            origin[length] = i;
            if (form[i] != '%') {
                decoded[length++] = form[i];
                continue;
            }
            int high = i + 2 < to ? Character.digit(form[i + 1], 16) : -1;
            int low = i + 2 < to ? Character.digit(form[i + 2], 16) : -1;
            if (high < 0 || low < 0) return OptionalInt.empty();
            decoded[length++] = (byte) (high * 16 + low);
            i += 2;
        }
        OptionalInt bad = firstBadByte(java.util.Arrays.copyOf(decoded, length));
        return bad.isPresent() ? OptionalInt.of(origin[bad.getAsInt()]) : OptionalInt.empty();
    }

    /** How the 400's sentence for a form that is not UTF-8 begins. */
    static final String FORM_NOT_UTF8 = "The form is not UTF-8: ";

    /** The 400's sentence for a form whose byte at {@code offset} is not UTF-8. */
    static Sentence formNotUtf8(int offset) {
        // The offset goes in as a string, as a program has always read it (no grouping).
        return Sentence.of("said.formNotUtf8", Integer.toString(offset));
    }

    /**
     * The sentence whose English is {@code message}, a refusal's message made by {@link
     * #formNotUtf8(int)} and passed through Jetty as its English, or null where it is none.
     */
    static Sentence formNotUtf8(String message) {
        if (message == null || !message.startsWith(FORM_NOT_UTF8)) return null;
        java.util.regex.Matcher offset = java.util.regex.Pattern.compile("at offset (\\d{1,9}) ").matcher(message);
        if (!offset.find()) return null;
        Sentence said = formNotUtf8(Integer.parseInt(offset.group(1)));
        return said.english().equals(message) ? said : null;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!request.getMethod().equals("POST") || !queryBody(request.getContentType())) {
            chain.doFilter(req, res);
            return;
        }
        // At most RequestLimitsFilter's limit, and read already: Jetty holds the body before any route runs (HttpFront).
        byte[] body = request instanceof ReplayedRequest replayed ? replayed.body() : request.getInputStream().readAllBytes();
        OptionalInt bad = firstBadByte(body);
        if (bad.isPresent()) {
            // One line in Fuseki's log of requests, where its own 4xx go, rate-limited with the clients' lines.
            Fuseki.actionLog.warn("POST {}: 400, the body is not UTF-8 at byte {}", request.getRequestURI(), bad.getAsInt());
            Responses.text((HttpServletResponse) res, HttpServletResponse.SC_BAD_REQUEST,
                    "The query is not UTF-8: the byte at offset " + bad.getAsInt() + " of the body (counted from 0) is not part of a UTF-8 character.");
            return;
        }
        chain.doFilter(request instanceof ReplayedRequest ? request : new ReplayedRequest(request, body), res);
    }

    private static boolean queryBody(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/sparql-query");
    }
}
