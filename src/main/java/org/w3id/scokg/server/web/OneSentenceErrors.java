package org.w3id.scokg.server.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty itself makes to a request it cannot read (a {@code %} not followed by two hex
 * digits, bytes that are not UTF-8), before any route runs: one sentence that says what is wrong,
 * as plain text unless the client asks for HTML, instead of Jetty's page, which repeats the URI in a
 * table (a review found it). A browser ({@link Responses#browser(String)}) gets the site's error
 * page with the sentence ({@link ErrorPage}), any other client that takes HTML only that sentence in
 * Jetty's page. Jetty's own extension points: the default type of an answer and the writing of its
 * text and of its HTML. Set on the server (a path Jetty cannot decode) and on
 * the servlet context ({@code ee10}: a query string or form the servlets cannot decode).
 */
public final class OneSentenceErrors {
    private OneSentenceErrors() {}

    /**
     * Puts the one-sentence answers on {@code jetty} and its servlet context. Two handlers of the
     * same two methods: Jetty's servlet layer ({@code ee10}) has an error handler of its own kind,
     * and one of that kind set on the server does not answer outside the context (tried).
     */
    public static void install(Server jetty, org.eclipse.jetty.ee10.servlet.ServletContextHandler context) {
        jetty.setErrorHandler(configured(new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                // A request Jetty failed before it made it comes without headers; those it had read are kept.
                return super.handle(BadMessageHeaders.withKeptHeaders(request), response, callback);
            }

            @Override
            public boolean errorPageForMethod(String method) {
                // Jetty writes an error's body for GET, POST and HEAD only: a DELETE past the header
                // limit (431) or HTTP/2's preface (PRI, 426) got a status and no sentence, without
                // nosniff (a review on 5 December 2026). A HEAD's body is dropped as ever.
                return true;
            }

            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                    List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
                int status = status(code, cause);
                response.setStatus(status);
                allowOn405(request, response, status);
                if (problem(request, nosniff(request, response), callback, status, message(request, status, message, cause))) return true;
                return super.generateAcceptableResponse(request, nosniff(request, response), callback, type(request, contentType), UTF_8, status, message(request, status, message, cause), cause);
            }

            @Override
            protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
                writer.println(sentence(code, message));
            }

            @Override
            protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
                writer.print(json(code, message));
            }

            @Override
            protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause) throws IOException {
                if (Responses.browser(request.getHeaders().get(HttpHeader.ACCEPT))) writer.write(page(request, code, message));
                else super.writeErrorHtml(request, writer, charset, code, message, cause);
            }

            @Override
            protected void writeErrorHtmlHead(Request request, Writer writer, int code, String message) throws IOException {
                writer.write("<title>" + Html.escape(sentence(code, message)) + "</title>");
            }

            @Override
            protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause) throws IOException {
                writer.write("<p>" + Html.escape(sentence(code, message)) + "</p>");
            }
        }));
        if (context != null) {
            context.setErrorHandler(configured(new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
                @Override
                protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                        List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
                    int status = status(code, cause);
                    response.setStatus(status);
                    allowOn405(request, response, status);
                    if (problem(request, nosniff(request, response), callback, status, message(request, status, message, cause))) return true;
                    return super.generateAcceptableResponse(request, nosniff(request, response), callback, type(request, contentType), UTF_8, status, message(request, status, message, cause),
                            cause);
                }

                @Override
                protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
                    writer.println(sentence(code, message));
                }

                @Override
                protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
                    writer.print(json(code, message));
                }

                @Override
                protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause) throws IOException {
                    if (Responses.browser(request.getHeaders().get(HttpHeader.ACCEPT))) writer.write(page(request, code, message));
                    else super.writeErrorHtml(request, writer, charset, code, message, cause);
                }

                @Override
                protected void writeErrorHtmlHead(Request request, Writer writer, int code, String message) throws IOException {
                    // Jetty's title names the exception ("Error 500 java.lang...."); the sentence does not.
                    writer.write("<title>" + Html.escape(sentence(code, message)) + "</title>");
                }

                @Override
                protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause) throws IOException {
                    writer.write("<p>" + Html.escape(sentence(code, message)) + "</p>");
                }
            }));
        }
    }

    /**
     * On the reconciliation service's routes, to a program, the answer as a problem document ({@link
     * ProblemDocument}), as the service answers its own refusals, and true; false elsewhere.
     */
    private static boolean problem(Request request, Response response, Callback callback, int status, String message) {
        if (!ProblemDocument.answers(request.getHeaders().get(HttpHeader.ACCEPT), Refusals.route(request))) return false;
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        response.write(true, StandardCharsets.UTF_8.encode(ProblemDocument.json(status, sentence(status, message), null, null)), callback);
        return true;
    }

    /** A 405 sent through the error handler names the methods the route takes (RFC 9110 15.5.6: it MUST). */
    private static void allowOn405(Request request, Response response, int status) {
        if (status == HttpStatus.METHOD_NOT_ALLOWED_405 && !response.getHeaders().contains(HttpHeader.ALLOW)) {
            response.getHeaders().put(HttpHeader.ALLOW, Doors.allowed(request.getHttpURI().getPath()));
        }
    }

    /**
     * A client that takes anything ({@code *\/*}, as curl and most libraries send) gets the sentence
     * as plain text, unless it refuses plain text; Jetty gave such a client its HTML page (a review
     * on 2 December 2026 found it).
     */
    private static String type(Request request, String contentType) {
        // A browser, as the routes' pages tell one (Responses.browser), gets the site's error page.
        if (Responses.browser(request.getHeaders().get(HttpHeader.ACCEPT))) return "text/html";
        boolean any = contentType.equals("*/*") || contentType.equals("text/*");
        if (any) return !MediaTypes.refuses(request.getHeaders().get(HttpHeader.ACCEPT), "text/plain") ? "text/plain" : contentType;
        // A type Jetty writes no error in (SPARQL results, RDF): the sentence as plain text, not an
        // empty body (a review on 2 December 2026 found a 400 with nothing in it).
        return WRITTEN.contains(contentType.toLowerCase(java.util.Locale.ROOT)) ? contentType : "text/plain";
    }

    /**
     * The site's error page with the sentence, in the reader's language ({@link Refusals#page}); no
     * stack, no cause, nothing of the address but its path. Until a review on 5 December 2026 a
     * browser got Jetty's page, with no {@code lang}, no layout and no way home.
     */
    private static String page(Request request, int code, String message) {
        String sentence = sentence(code, message);
        return Refusals.page(request, code, sentence, said(request, sentence));
    }

    /**
     * {@code sentence} in the bundles' words where it is one of theirs (an address that cannot be
     * read, a body, an address or headers past the limit), so that the page says it in the reader's
     * language; null where it is not, and the page shows it in English. Each is found by its English,
     * which {@link #sentence} writes from the same words.
     */
    private static Sentence said(Request request, String sentence) {
        List<Sentence> known = new java.util.ArrayList<>(List.of(AMBIGUOUS, BAD_URI, RequestLimitsFilter.bodyTooLarge(), headersTooLarge(request)));
        known.addAll(RequestLimitsFilter.uriTooLongs());
        return known.stream().filter(said -> said.english().equals(sentence)).findFirst().orElse(null);
    }

    /** An address that is well encoded but could name two paths: a %2F, a %2E or an empty segment. */
    private static final Sentence AMBIGUOUS = Sentence.of("said.ambiguous");

    /** An address Jetty cannot decode, or a header it cannot read. */
    private static final Sentence BAD_URI = Sentence.of("said.badUri");

    /** The request's line and headers past the most this server reads. */
    private static Sentence headersTooLarge(Request request) {
        return Sentence.of("said.headersTooLarge", (long) request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize());
    }

    /**
     * The sentence of a 400 of an address Jetty cannot read: that it could name two paths, else that it
     * is not well encoded; as {@link #sentence} says it.
     */
    static Sentence unreadable(boolean ambiguous) {
        return ambiguous ? AMBIGUOUS : BAD_URI;
    }

    /** The types Jetty's error handler writes an answer in. */
    private static final java.util.Set<String> WRITTEN = java.util.Set.of("text/html", "text/plain", "application/json", "text/json");

    /**
     * 413 for a body Jetty's form reader found too large (it fails such a form with a 400, as one it
     * cannot decode, and says why only in the cause); the status otherwise.
     */
    static int status(int code, Throwable cause) {
        if (notGzip(cause)) return HttpStatus.BAD_REQUEST_400;
        if (code != HttpStatus.BAD_REQUEST_400) return code;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("too large") || message.contains("max length") || message.contains("larger than")) return HttpStatus.PAYLOAD_TOO_LARGE_413;
        }
        return code;
    }

    /**
     * Whether the body said it was gzip and was not: Jetty's inflater fails it while a route reads
     * it, and the client got a 500 (a review on 2 December 2026 found it).
     */
    private static boolean notGzip(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException) return true;
        }
        return false;
    }

    private static final String NOT_GZIP = "The request body says Content-Encoding: gzip, but it is not gzip.";

    static final String UPGRADE_WITHOUT_CONNECTION = "This request sends Upgrade without Connection: Upgrade, which must come with it (RFC 9110 7.8); "
            + "this server speaks HTTP/1.1 only and upgrades to no other protocol, so send the request without Upgrade.";

    /**
     * The message the sentence is made from: one of its own where the body was not the gzip it said,
     * where the request's headers passed the limit (431), or where Jetty refused an {@code Upgrade} header that came without {@code Connection: Upgrade}
     * (its 400 says nothing of why).
     */
    private static String message(Request request, int status, String message, Throwable cause) {
        if (notGzip(cause)) return NOT_GZIP;
        if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
            // Jetty's message is the status's phrase; the sentence says what the limit is.
            return headersTooLarge(request).english();
        }
        if (status == HttpStatus.URI_TOO_LONG_414 && (message == null || message.equals(HttpStatus.getMessage(status)))) {
            // Jetty's own 414, for a target past what BadMessageHeaders skips: the route is not known.
            return RequestLimitsFilter.uriTooLong(null).english();
        }
        if (status == HttpStatus.BAD_REQUEST_400 && "Early EOF".equals(message)) {
            // Jetty's parser ends a body it cannot read as one cut short; what ended it is kept (LineBoundParser).
            String ended = BadMessageHeaders.bodyEnded(request);
            if (ended != null) return ended;
        }
        if (status == HttpStatus.BAD_REQUEST_400 && "Bad HostPort".equals(message)) {
            // Jetty's words for any Host it refuses; HostPort's, its cause, say which part.
            for (Throwable why = cause; why != null && why.getCause() != why; why = why.getCause()) {
                String host = ParserRefusals.hostHeader(why instanceof IllegalArgumentException ? why.getMessage() : null);
                if (host != null) return host;
            }
        }
        if (status == HttpStatus.BAD_REQUEST_400) {
            // A byte, a line end or a folded line Jetty's parser refused in the head: the line is kept (LineBoundParser).
            String placed = BadMessageHeaders.placed(request, message);
            if (placed != null) return placed;
        }
        HttpFields headers = request.getHeaders();
        boolean bare = message == null || message.equals(HttpStatus.getMessage(HttpStatus.BAD_REQUEST_400));
        if (bare && headers.contains(HttpHeader.UPGRADE) && !headers.contains(HttpHeader.CONNECTION, "upgrade")) return UPGRADE_WITHOUT_CONNECTION;
        return message;
    }

    /** The sentence as JSON, for a client that asks for JSON: Jetty's own repeated the request's URL. */
    private static String json(int code, String message) {
        com.google.gson.JsonObject json = new com.google.gson.JsonObject();
        json.addProperty("status", code);
        json.addProperty("message", sentence(code, message));
        return json.toString();
    }

    /** Every answer is UTF-8, whatever Accept-Charset asks (Jetty chose ISO-8859-1 when it named none). */
    private static final List<Charset> UTF_8 = List.of(StandardCharsets.UTF_8);

    /**
     * Jetty's own answers carry nosniff and CORS too, as every other answer of the server does (CORS
     * was missing from those Jetty made before any handler ran until 5 December 2026).
     */
    private static Response nosniff(Request request, Response response) {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        Doors.crossOrigin(Refusals.route(request), response);
        return response;
    }

    private static <T extends ErrorHandler> T configured(T handler) {
        handler.setDefaultResponseMimeType("text/plain");
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        handler.setShowOrigin(false);
        return handler;
    }

    /** What went wrong, in one sentence: the request's fault named for a 400, the status's words otherwise. */
    static String sentence(int code, String message) {
        if (code == HttpStatus.BAD_REQUEST_400 && message != null && message.toLowerCase(java.util.Locale.ROOT).contains("ambiguous")) {
            // %2F, %2E or an empty segment: well encoded, but it could name two paths.
            return AMBIGUOUS.english();
        }
        // What Jetty's parser and connection refuse, said as what it is (ParserRefusals).
        String parsed = ParserRefusals.sentence(code, message);
        if (parsed != null) return parsed;
        if (code == HttpStatus.PAYLOAD_TOO_LARGE_413) return RequestLimitsFilter.bodyTooLarge().english();
        if (NOT_GZIP.equals(message)) return NOT_GZIP;
        // RequestLimitsFilter's sentence, given an address past the header limit by BadMessageHeaders.
        if (code == HttpStatus.URI_TOO_LONG_414 && message != null && message.startsWith(RequestLimitsFilter.URI_TOO_LONG)) return message;
        if (UPGRADE_WITHOUT_CONNECTION.equals(message) || (code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 && message != null)) return message;
        if (code == HttpStatus.UPGRADE_REQUIRED_426) {
            // Jetty's HTTP/1.1 parser answers HTTP/2's preface sent in clear text (PRI * HTTP/2.0) so.
            return "This server speaks HTTP/1.1 only: HTTP/2 in clear text (h2c, or its preface sent with prior knowledge) is not served; "
                    + "send the request in HTTP/1.1.";
        }
        // FormCharset's sentence, which names the offset of the form's first byte that is not UTF-8.
        if (code == HttpStatus.BAD_REQUEST_400 && message != null && message.startsWith(QueryCharset.FORM_NOT_UTF8)) return message;
        if (code == HttpStatus.BAD_REQUEST_400 && FormCharset.TOO_MANY_FIELDS.equals(message)) return message;
        if (code == HttpStatus.BAD_REQUEST_400 && message != null && message.contains("form content")) {
            // Jetty reads a form before any route runs; it says no more than that it could not.
            return "This request's form body cannot be read: it is not well encoded "
                    + "(every % must be followed by two hex digits, and the bytes they give must be UTF-8).";
        }
        if (code == HttpStatus.BAD_REQUEST_400) {
            // Jetty answers 400 itself for what it cannot decode: mostly an address, sometimes a header.
            // Jetty says "Bad URI" alike for a bad %-escape and for a path whose .. climbs above the root (a review on 4 December 2026).
            return BAD_URI.english();
        }
        String reason = HttpStatus.getMessage(code);
        // A server's fault says no more than its status: its message may name the code that failed.
        boolean quiet = code >= 500 || message == null || message.equals(reason);
        return code + " " + (reason == null ? "" : reason) + (quiet ? "." : ": " + message + ".");
    }
}
