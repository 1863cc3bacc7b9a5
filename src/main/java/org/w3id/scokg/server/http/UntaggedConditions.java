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
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Sentence;

/**
 * {@code If-Match} on every answer that carries no {@code ETag}: the SPARQL endpoint's answers, the
 * search, the reconciliation service, the named queries, the pages that have no tag. RFC 9110
 * 13.1.1: a list of entity tags matches only the current representation's tag, so with none it is
 * false, and 13.2.1 and 13.2.2: a server evaluates the condition where the answer would otherwise be
 * a 2xx, and answers 412 without performing the method when it is false. {@code If-Match: *} is true
 * where there is a current representation, so such an answer goes as it is. An answer with an
 * {@code ETag} is its route's to judge ({@link EntityTags}), and one that is not a 2xx (a 303, a
 * 404, a 406) ignores the condition as 13.2.1 says.
 *
 * <p>Whether an answer is a 2xx, and whether it carries a tag, is known when its route commits it:
 * the 412 replaces it then, with the headers the doors set (CORS, {@code nosniff}) and the route's
 * {@code Vary}, for the 2xx depended on what Vary names. Until 6 December 2026 such a request was
 * answered 200, where the routes with tags answered 412 (issue 16).
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
        List<String> ifMatch = request.getHeaders().getValuesList(HttpHeader.IF_MATCH);
        // A probe (OPTIONS) is asked whether the path names something, not for a representation.
        if (ifMatch.isEmpty() || EntityTags.anyVersion(ifMatch) || Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))) {
            return super.handle(request, response, callback);
        }
        Conditioned conditioned = new Conditioned(request, response, HttpFields.build(response.getHeaders()).asImmutable());
        return super.handle(request, conditioned, conditioned.completing(callback));
    }

    /** The response, answered 412 in place of a 2xx without an ETag as its route commits it. */
    private static final class Conditioned extends Response.Wrapper {
        /** The headers set before the route ran: the doors' own. */
        private final HttpFields before;
        private boolean decided;
        private boolean refused;

        Conditioned(Request request, Response response, HttpFields before) {
            super(request, response);
            this.before = before;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback written) {
            if (!decided && decide()) {
                dropped(content);
                refuse(written);
                return;
            }
            // What the route writes after the 412 went is not sent.
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

        /** The route's callback, answering the 412 where the route completes without having written. */
        Callback completing(Callback callback) {
            return Callback.from(() -> {
                if (!decided && decide()) {
                    refuse(callback);
                } else {
                    callback.succeeded();
                }
            }, callback::failed);
        }

        /** Whether the answer is to be the 412: a 2xx, not yet committed, without an ETag. */
        private boolean decide() {
            decided = true;
            // Jetty's status is 0 until set, and a servlet that sets none answers 200.
            int status = getStatus() == 0 ? HttpStatus.OK_200 : getStatus();
            refused = !isCommitted() && HttpStatus.isSuccess(status) && !getHeaders().contains(HttpHeader.ETAG);
            return refused;
        }

        /** Answers 412 with the headers set before the route ran and the route's Vary; the route's others (its type, length, links) were its answer's. */
        private void refuse(Callback written) {
            HttpFields.Mutable headers = getHeaders();
            Set<String> route = new HashSet<>();
            for (HttpField field : headers) {
                if (!before.contains(field.getName()) && field.getHeader() != HttpHeader.VARY) route.add(field.getName());
            }
            route.forEach(headers::remove);
            Refusals.refuse(getRequest(), getWrapped(), written, HttpStatus.PRECONDITION_FAILED_412, Sentence.of("said.notThatVersion"));
        }
    }
}
