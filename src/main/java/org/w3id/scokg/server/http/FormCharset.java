package org.w3id.scokg.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.apache.jena.fuseki.Fuseki;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Sentence;

/**
 * Jetty's eager reading of a form (an {@link EagerContentHandler.ContentLoaderFactory}), with the
 * form's bytes checked before the form is parsed: a form whose names and values, decoded, are not
 * UTF-8 is a 400 naming the offset of the first bad byte ({@link QueryCharset#firstBadFormByte}), as
 * a query body is. Jetty's form reader says only that it cannot parse the form, a 400 that names no
 * offset. The body is read here without holding a thread, as Jetty's own
 * form loader read it, and every other form goes on as it came, parsed by Jetty's servlet request
 * from the bytes held here (within the context's limit on a form, {@code maxLength}, as before);
 * a body that fails while it is read (its deadline passed, gzip that is not gzip) goes on as it is,
 * and fails there as before. A form of more than {@link #MAX_FIELDS} fields is a 400 before any
 * parser reads it ({@link RequestLimitsFilter} checks an inflated form the same way).
 */
final class FormCharset implements EagerContentHandler.ContentLoaderFactory {
    /** The most fields a form may hold, as many as Jetty's default number of names; a SPARQL or reconciliation form has a handful. */
    static final int MAX_FIELDS = 1000;
    /**
     * The 400's sentence for a form of more fields. Jetty bounds the fields of a form by their names
     * alone, and adds each value of a name by copying those before it: 300,000 fields {@code a=} in a
     * form of 900 KB held a core for over two minutes.
     */
    static final Sentence TOO_MANY_FIELDS = Sentence.of("said.formFields", Integer.toString(MAX_FIELDS));

    private final int maxLength;

    /** For forms of at most {@code maxLength} bytes, the servlet context's limit. */
    FormCharset(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public String getApplicableMimeType() {
        return MimeTypes.Type.FORM_ENCODED.asString();
    }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler, Request request, Response response,
            Callback callback) {
        return new EagerContentHandler.ContentLoader(handler, request, response, callback) {
            private final ByteArrayOutputStream body = new ByteArrayOutputStream();

            @Override
            protected void load() throws Exception {
                while (true) {
                    Content.Chunk chunk = request.read();
                    if (chunk == null) {
                        request.demand(this::resume);
                        return;
                    }
                    if (Content.Chunk.isFailure(chunk)) {
                        handle();
                        return;
                    }
                    ByteBuffer bytes = chunk.getByteBuffer();
                    // One byte past the limit is enough for Jetty to refuse the form as before.
                    int kept = Math.min(bytes.remaining(), maxLength + 1 - body.size());
                    byte[] copy = new byte[kept];
                    bytes.get(copy);
                    body.write(copy, 0, kept);
                    chunk.release();
                    if (chunk.isLast() || body.size() > maxLength) {
                        check();
                        return;
                    }
                }
            }

            private void resume() {
                try {
                    load();
                } catch (Exception e) {
                    Response.writeError(request, response, callback, e);
                }
            }

            private void check() throws Exception {
                byte[] form = body.toByteArray();
                if (fields(form) > MAX_FIELDS) {
                    Fuseki.actionLog.warn("POST {}: 400, the form holds more than {} fields", request.getHttpURI().getPath(), MAX_FIELDS);
                    refuse(TOO_MANY_FIELDS.english());
                    return;
                }
                OptionalInt bad = form.length > maxLength ? OptionalInt.empty() : QueryCharset.firstBadFormByte(form);
                if (bad.isPresent()) {
                    Fuseki.actionLog.warn("POST {}: 400, the form is not UTF-8 at byte {}", request.getHttpURI().getPath(), bad.getAsInt());
                    refuse(QueryCharset.formNotUtf8(bad.getAsInt()).english());
                    return;
                }
                Request replayed = new Request.Wrapper(request) {
                    private final Content.Source content = new ByteBufferContentSource(ByteBuffer.wrap(form));

                    @Override
                    public Content.Chunk read() {
                        return content.read();
                    }

                    @Override
                    public void demand(Runnable demandCallback) {
                        content.demand(demandCallback);
                    }

                    @Override
                    public void fail(Throwable failure) {
                        content.fail(failure);
                    }
                };
                handle(replayed, response, callback);
            }

            /** A 400 with {@code sentence}, through the body's deadline, which may have answered the request already. */
            private void refuse(String sentence) throws Exception {
                BodyDeadline.passed(new Handler.Abstract() {
                    @Override
                    public boolean handle(Request request, Response response, Callback callback) {
                        Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, sentence);
                        return true;
                    }
                }).handle(request, response, callback);
            }
        };
    }

    /**
     * The fields of {@code form}: its runs of bytes between {@code &}s, empty ones too. Jetty's form
     * parser ({@code FormFields}) adds an empty run as a field named "" and copies that name's values
     * to add each, so empty runs are counted here too: a form of 500,000 {@code &}s (500 KB) held a
     * core for minutes (50,000 took 17 s) before its query ran.
     */
    static int fields(byte[] form) {
        int fields = 1;
        for (byte b : form) {
            if (b == '&') fields++;
        }
        return fields;
    }
}
