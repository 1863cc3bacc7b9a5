package org.w3id.scokg.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.w3id.scokg.server.web.Language;

/**
 * The spellings of request headers that RFC 9110 makes equal but Fuseki and Jetty compare as
 * written: media types in any case, and gzip under its old name {@code x-gzip}. {@link Doors} hands
 * every route a request with one spelling of each.
 */
final class HeaderSpellings {
    private HeaderSpellings() {}

    /**
     * The request with the media types of its {@code Content-Type} and {@code Accept} in lower case
     * (and {@code x-gzip} in {@code Accept-Encoding} named gzip, {@link #gzipByItsNewName}),
     * their parameters as they were, and several {@code Accept}, {@code Accept-Encoding} or {@code
     * Accept-Language} fields joined into one, and an {@code Accept} that says nothing readable
     * ({@link AcceptHeader#unreadable}) taken off: RFC 9110 8.3.1 makes type and subtype case-insensitive, and Fuseki
     * compares them as written, so a POST of {@code Application/SPARQL-Query} would answer 405 and
     * {@code Accept: TEXT/CSV} get SPARQL XML.
     */
    static Request mediaTypesInLowerCase(Request request) {
        HttpFields headers = request.getHeaders();
        HttpFields.Mutable lowered = null;
        for (HttpHeader name : RESPELLED) {
            // Every request passes here, most without some of these: no list made for a header not sent.
            if (!headers.contains(name)) continue;
            List<String> values = headers.getValuesList(name);
            List<String> lower = new ArrayList<>(values.size());
            for (String value : values) lower.add(respelled(name, value));
            // Several fields of one name are one list (RFC 9110 5.3), and the routes read the first
            // alone: Accept: text/html;q=0.1 then Accept: text/turtle would get a page, and the answer
            // cache keep an answer under the first field's key.
            if (lower.size() > 1 && name != HttpHeader.CONTENT_TYPE) lower = List.of(String.join(", ", lower));
            // An Accept that says nothing readable is taken off, so that every route, Fuseki's too, answers as to none (AcceptHeader).
            if (name == HttpHeader.ACCEPT && AcceptHeader.unreadable(lower.get(0))) lower = List.of();
            if (lower.equals(values)) continue;
            if (lowered == null) lowered = HttpFields.build(headers);
            lowered.remove(name);
            for (String value : lower) lowered.add(name, value);
        }
        if (lowered == null) return request;
        HttpFields fields = lowered.asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return fields;
            }
        };
    }

    private static final HttpHeader[] RESPELLED = {HttpHeader.CONTENT_TYPE, HttpHeader.ACCEPT, HttpHeader.ACCEPT_ENCODING, HttpHeader.ACCEPT_LANGUAGE};

    private static String respelled(HttpHeader name, String value) {
        return switch (name) {
            case ACCEPT_ENCODING -> gzipByItsNewName(value);
            case ACCEPT_LANGUAGE -> value;
            default -> lowerMediaTypes(value);
        };
    }

    /**
     * An {@code Accept-Encoding} value with {@code x-gzip} named {@code gzip}, the one name Jetty's
     * GzipHandler and the dumps read: RFC 9110 8.4.1.3 says a recipient SHOULD take one for the
     * other, and a client that takes only x-gzip would get every answer uncompressed. A client that
     * also names gzip keeps its own weights.
     */
    static String gzipByItsNewName(String value) {
        if (!value.toLowerCase(Locale.ROOT).contains("x-gzip") || value.toLowerCase(Locale.ROOT).matches("(?s)(^|.*[,\\s])gzip\\s*(;.*|,.*)?$")) return value;
        return value.replaceAll("(?i)\\bx-gzip\\b", "gzip");
    }

    /** Each media type (or range) of a header's value in lower case, up to its first parameter. */
    static String lowerMediaTypes(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean inType = true;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < value.length()) {
                    out.append(c).append(value.charAt(++i));
                    continue;
                }
                if (c == '"') quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                inType = false;
            } else if (c == ',') {
                inType = true;
            }
            out.append(inType && !quoted ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** The one content coding a request body may be sent in. */
    static final String READABLE_CODING = "gzip";

    /** Its old name, which RFC 9110 8.4.1.3 asks a recipient to take as gzip. */
    private static final String OLD_NAME = "x-gzip";

    /** The content codings the request's body says it is in, in order. */
    private static List<String> codings(Request request) {
        List<String> codings = new ArrayList<>();
        for (String value : request.getHeaders().getValuesList(HttpHeader.CONTENT_ENCODING)) {
            for (String coding : value.split(",")) {
                if (!coding.isBlank()) codings.add(coding.strip());
            }
        }
        return codings;
    }

    /**
     * Whether every transfer coding the request names is chunked, the one Jetty decodes: with {@code
     * Transfer-Encoding: gzip, chunked} Jetty takes the chunks and leaves the gzip, and the endpoint
     * would read the compressed bytes as the query (a 400 saying they are not UTF-8).
     */
    static boolean decodedTransfer(Request request) {
        for (String value : request.getHeaders().getValuesList(HttpHeader.TRANSFER_ENCODING)) {
            for (String coding : value.split(",")) {
                if (!coding.isBlank() && !coding.strip().equalsIgnoreCase("chunked")) return false;
            }
        }
        return true;
    }

    /** Whether the request's body is in no content coding, or in gzip once (by either of its names). */
    static boolean readableCoding(Request request) {
        List<String> codings = codings(request);
        // An empty header names no coding the body is in: Fuseki answered it 400 "encoding not supported".
        if (codings.isEmpty()) return !request.getHeaders().contains(HttpHeader.CONTENT_ENCODING);
        return codings.size() == 1 && (codings.get(0).equalsIgnoreCase(READABLE_CODING) || codings.get(0).equalsIgnoreCase(OLD_NAME));
    }

    /**
     * The request with a body in {@code x-gzip} named {@code gzip}, the one name Jetty's GzipHandler
     * inflates (with the same bound as any gzip body); any other request as it is. RFC 9110 8.4.1.3
     * says a recipient SHOULD take x-gzip for gzip.
     */
    static Request gzipByItsName(Request request) {
        List<String> codings = codings(request);
        if (codings.size() != 1 || !codings.get(0).equalsIgnoreCase(OLD_NAME)) return request;
        HttpFields renamed = HttpFields.build(request.getHeaders()).put(HttpHeader.CONTENT_ENCODING, READABLE_CODING).asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return renamed;
            }
        };
    }
}
