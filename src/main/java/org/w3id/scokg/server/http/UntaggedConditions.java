package org.w3id.scokg.server.http;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Sentence;

/**
 * {@code If-Match} and {@code If-None-Match: *} on every answer that carries no {@code ETag}: the
 * SPARQL endpoint's answers, the search, the reconciliation service, the named queries, the pages
 * that have no tag. RFC 9110 13.1.1: a list of entity tags matches only the current
 * representation's tag, so with none it is false, and 13.2.1 and 13.2.2: a server evaluates the
 * condition where the answer would otherwise be a 2xx, and answers 412 without performing the method
 * when it is false. {@code If-Match: *} is true where there is a current representation, so such an
 * answer goes as it is; {@code If-None-Match: *} is false there (13.1.2), so a GET or HEAD is
 * answered 304, as the routes with tags answer it, and any other method 412. An answer with an
 * {@code ETag} is its route's to judge ({@link EntityTags}), and one that is not a 2xx (a 303, a
 * 404, a 406) ignores the conditions as 13.2.1 says.
 *
 * <p>Whether an answer is a 2xx, and whether it carries a tag, is known when its route commits it:
 * the 412 or 304 replaces it then, with the headers the doors set (CORS, {@code nosniff}) and the
 * route's {@code Vary}, for the 2xx depended on what Vary names; so the routes without tags answer as
 * the routes with tags do.
 */
public final class UntaggedConditions extends Handler.Wrapper {
    private UntaggedConditions() {}

    /** Puts the conditions in front of {@code server}'s handler. */
    public static void install(Server server) {
        UntaggedConditions conditions = new UntaggedConditions();
        conditions.setHandler(server.getHandler());
        server.setHandler(conditions);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int answer = answer(request);
        // A probe (OPTIONS) is asked whether the path names something, not for a representation.
        if (answer == 0 || Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))) return super.handle(request, response, callback);
        Conditioned conditioned = new Conditioned(request, response, HttpFields.build(response.getHeaders()).asImmutable(), answer);
        return super.handle(request, conditioned, conditioned.completing(callback));
    }

    /**
     * What a 2xx without a tag becomes under the request's conditions, in the order of RFC 9110
     * 13.2.2: 412 where If-Match names tags; where it is absent or {@code *}, an If-None-Match of
     * {@code *}, false where there is a current representation, makes a GET or HEAD a 304 and any
     * other method a 412; 0 where the answer goes as it is (If-None-Match naming tags is true of it).
     */
    private static int answer(Request request) {
        List<String> ifMatch = request.getHeaders().getValuesList(HttpHeader.IF_MATCH);
        if (!ifMatch.isEmpty() && !EntityTags.anyVersion(ifMatch)) return HttpStatus.PRECONDITION_FAILED_412;
        if (!EntityTags.anyVersion(request.getHeaders().getValuesList(HttpHeader.IF_NONE_MATCH))) return 0;
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") ? HttpStatus.NOT_MODIFIED_304 : HttpStatus.PRECONDITION_FAILED_412;
    }

    /** The response, answered 412 or 304 in place of a 2xx without an ETag as its route commits it. */
    private static final class Conditioned extends Response.Wrapper {
        /** The headers set before the route ran: the doors' own. */
        private final HttpFields before;
        /** 412 or 304. */
        private final int answer;
        private boolean decided;
        private boolean refused;

        Conditioned(Request request, Response response, HttpFields before, int answer) {
            super(request, response);
            this.before = before;
            this.answer = answer;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback written) {
            if (!decided && decide()) {
                dropped(content);
                refuse(written);
                return;
            }
            // What the route writes after the 412 or 304 went is not sent.
            if (refused) {
                dropped(content);
                written.succeeded();
                return;
            }
            super.write(last, content, written);
        }

        /**
         * Marks {@code content} as taken, as a connection that sent it would: Jetty's asynchronous
         * output writes a buffer again until it has none left, and a first cut of this class that left
         * it as it was kept a thread writing it for good (AsyncBody's answers of the endpoint).
         */
        private static void dropped(ByteBuffer content) {
            if (content != null) content.position(content.limit());
        }

        /** The route's callback, answering the 412 or 304 where the route completes without having written. */
        Callback completing(Callback callback) {
            return Callback.from(() -> {
                if (!decided && decide()) {
                    refuse(callback);
                } else {
                    callback.succeeded();
                }
            }, callback::failed);
        }

        /** Whether the answer is to be the 412 or 304: a 2xx, not yet committed, without an ETag. */
        private boolean decide() {
            decided = true;
            // Jetty's status is 0 until set, and a servlet that sets none answers 200.
            int status = getStatus() == 0 ? HttpStatus.OK_200 : getStatus();
            refused = !isCommitted() && HttpStatus.isSuccess(status) && !getHeaders().contains(HttpHeader.ETAG);
            return refused;
        }

        /**
         * Answers with the headers set before the route ran and the route's Vary; the route's others
         * (its type, length, links) were its answer's. A 304 keeps also what RFC 9110 15.4.5 has it
         * send that a 200 would, Content-Location and Cache-Control, and has no body and no length
         * (Jetty writes a length of 0 into a response that completes with nothing written; committed
         * first, it has none, as {@link EntityTags#notModified} does).
         */
        private void refuse(Callback written) {
            HttpFields.Mutable headers = getHeaders();
            Set<String> route = new HashSet<>();
            for (HttpField field : headers) {
                if (!before.contains(field.getName()) && !kept(field.getHeader())) route.add(field.getName());
            }
            route.forEach(headers::remove);
            if (answer == HttpStatus.NOT_MODIFIED_304) {
                setStatus(answer);
                getWrapped().write(false, BufferUtil.EMPTY_BUFFER, Callback.from(() -> getWrapped().write(true, BufferUtil.EMPTY_BUFFER, written), written::failed));
                return;
            }
            // The 412 of If-Match says the version is not the one named; that of If-None-Match: * that there is one.
            boolean ifMatch = getRequest().getHeaders().contains(HttpHeader.IF_MATCH) && !EntityTags.anyVersion(getRequest().getHeaders().getValuesList(HttpHeader.IF_MATCH));
            Refusals.refuse(getRequest(), getWrapped(), written, answer, Sentence.of(ifMatch ? "said.notThatVersion" : "said.aVersionIsThere"));
        }

        private boolean kept(HttpHeader header) {
            return header == HttpHeader.VARY
                    || answer == HttpStatus.NOT_MODIFIED_304 && (header == HttpHeader.CONTENT_LOCATION || header == HttpHeader.CACHE_CONTROL || header == HttpHeader.EXPIRES);
        }
    }
}
