package org.w3id.scokg.server.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Html;

/**
 * The answers Jetty itself makes to a request it cannot read (a {@code %} not followed by two hex
 * digits, bytes that are not UTF-8), before any route runs: one sentence that says what is wrong,
 * as plain text unless the client asks for HTML, instead of Jetty's page, which repeats the URI in a
 * table. A browser ({@link Refusals#browser(String)}) gets the site's error
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
        jetty.setErrorHandler(configured(new ServerErrors()));
        if (context != null) context.setErrorHandler(configured(new ContextErrors()));
    }

    /** The answers Jetty makes outside the servlet context: a path it cannot decode, a request it cannot parse. */
    private static final class ServerErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            // A request Jetty failed before it made it comes without headers; those it had read are kept.
            return super.handle(BadMessageHeaders.withKeptHeaders(request), response, callback);
        }

        @Override
        public boolean errorPageForMethod(String method) {
            // Jetty writes an error's body for GET, POST and HEAD only: a DELETE past the header
            // limit (431) or HTTP/2's preface (PRI, 426) would get a status and no sentence, without
            // nosniff. A HEAD's body is dropped as ever.
            return true;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
            int status = prepare(request, response, code, cause);
            String said = ErrorSentences.message(request, status, message, cause);
            if (problem(request, response, callback, status, said)) return true;
            return super.generateAcceptableResponse(request, response, callback, type(request, contentType), UTF_8, status, said, cause);
        }

        @Override
        protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.println(ErrorSentences.sentence(code, message));
        }

        @Override
        protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.print(json(code, message));
        }

        @Override
        protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause) throws IOException {
            if (Refusals.browser(request.getHeaders().get(HttpHeader.ACCEPT))) writer.write(page(request, code, message));
            else super.writeErrorHtml(request, writer, charset, code, message, cause);
        }

        @Override
        protected void writeErrorHtmlHead(Request request, Writer writer, int code, String message) throws IOException {
            writer.write(title(code, message));
        }

        @Override
        protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause) throws IOException {
            writer.write(paragraph(code, message));
        }
    }

    /** The answers Jetty makes inside the servlet context: a query string or form the servlets cannot decode. */
    private static final class ContextErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
            int status = prepare(request, response, code, cause);
            String said = ErrorSentences.message(request, status, message, cause);
            if (problem(request, response, callback, status, said)) return true;
            return super.generateAcceptableResponse(request, response, callback, type(request, contentType), UTF_8, status, said, cause);
        }

        @Override
        protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.println(ErrorSentences.sentence(code, message));
        }

        @Override
        protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.print(json(code, message));
        }

        @Override
        protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause) throws IOException {
            if (Refusals.browser(request.getHeaders().get(HttpHeader.ACCEPT))) writer.write(page(request, code, message));
            else super.writeErrorHtml(request, writer, charset, code, message, cause);
        }

        @Override
        protected void writeErrorHtmlHead(Request request, Writer writer, int code, String message) throws IOException {
            writer.write(title(code, message));
        }

        @Override
        protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause) throws IOException {
            writer.write(paragraph(code, message));
        }
    }

    /**
     * The status the answer goes out with, set on {@code response} with the headers every one of
     * Jetty's answers carries: Allow on a 405, nosniff and CORS.
     */
    private static int prepare(Request request, Response response, int code, Throwable cause) {
        int status = ErrorSentences.status(code, cause);
        response.setStatus(status);
        allowOn405(request, response, status);
        nosniff(request, response);
        return status;
    }

    /** Jetty's title names the exception ("Error 500 java.lang...."); the sentence does not. */
    private static String title(int code, String message) {
        return "<title>" + Html.escape(ErrorSentences.sentence(code, message)) + "</title>";
    }

    /** The body of Jetty's HTML page: the sentence alone. */
    private static String paragraph(int code, String message) {
        return "<p>" + Html.escape(ErrorSentences.sentence(code, message)) + "</p>";
    }

    /**
     * On the reconciliation service's routes, to a program, the answer as a problem document ({@link
     * ProblemDocument}), as the service answers its own refusals, and true; false elsewhere.
     */
    private static boolean problem(Request request, Response response, Callback callback, int status, String message) {
        if (!ProblemDocument.answers(request.getHeaders().get(HttpHeader.ACCEPT), Refusals.route(request))) return false;
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        response.write(true, StandardCharsets.UTF_8.encode(ProblemDocument.json(status, ErrorSentences.sentence(status, message), null, null)), callback);
        return true;
    }

    /** A 405 sent through the error handler names the methods the route takes (RFC 9110 15.5.6: it MUST). */
    private static void allowOn405(Request request, Response response, int status) {
        if (status == HttpStatus.METHOD_NOT_ALLOWED_405 && !response.getHeaders().contains(HttpHeader.ALLOW)) {
            response.getHeaders().put(HttpHeader.ALLOW, RouteMethods.allowed(request.getHttpURI().getPath()));
        }
    }

    /**
     * A client that takes anything ({@code *\/*}, as curl and most libraries send) gets the sentence
     * as plain text, unless it refuses plain text; Jetty would give such a client its HTML page.
     */
    private static String type(Request request, String contentType) {
        // A browser, as the routes' pages tell one (Refusals.browser), gets the site's error page.
        if (Refusals.browser(request.getHeaders().get(HttpHeader.ACCEPT))) return "text/html";
        boolean any = contentType.equals("*/*") || contentType.equals("text/*");
        if (any) return !MediaTypes.refuses(request.getHeaders().get(HttpHeader.ACCEPT), "text/plain") ? "text/plain" : contentType;
        // A type Jetty writes no error in (SPARQL results, RDF): the sentence as plain text, not an
        // empty body (a 400 with nothing in it).
        return WRITTEN.contains(contentType.toLowerCase(java.util.Locale.ROOT)) ? contentType : "text/plain";
    }

    /**
     * The site's error page with the sentence, in the reader's language ({@link Refusals#page}); no
     * stack, no cause, nothing of the address but its path; not Jetty's page, with no {@code lang},
     * no layout and no way home.
     */
    private static String page(Request request, int code, String message) {
        String sentence = ErrorSentences.sentence(code, message);
        return Refusals.page(request, code, sentence, ErrorSentences.said(request, code, message));
    }

    /** The types Jetty's error handler writes an answer in. */
    private static final java.util.Set<String> WRITTEN = java.util.Set.of("text/html", "text/plain", "application/json", "text/json");

    /** The sentence as JSON, for a client that asks for JSON: Jetty's own repeated the request's URL. */
    private static String json(int code, String message) {
        com.google.gson.JsonObject json = new com.google.gson.JsonObject();
        json.addProperty("status", code);
        json.addProperty("message", ErrorSentences.sentence(code, message));
        return json.toString();
    }

    /** Every answer is UTF-8, whatever Accept-Charset asks (Jetty chose ISO-8859-1 when it named none). */
    private static final List<Charset> UTF_8 = List.of(StandardCharsets.UTF_8);

    /**
     * Jetty's own answers carry nosniff and CORS too, as every other answer of the server does, those
     * Jetty makes before any handler runs included.
     */
    private static void nosniff(Request request, Response response) {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        Doors.crossOrigin(Refusals.route(request), response);
    }

    private static <T extends ErrorHandler> T configured(T handler) {
        handler.setDefaultResponseMimeType("text/plain");
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        handler.setShowOrigin(false);
        return handler;
    }

}
