package org.w3id.scokg.server.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A request with a {@code Range} is handed to Jetty's compression as if it did not accept gzip: a
 * range is of the file as stored, and Jetty's GzipHandler compresses a 206 too, so a download
 * resumed with gzip accepted would get the gzip of the range's bytes under {@code Content-Range} of
 * the plain file, and splice it into a corrupt file. RFC 9110 lets a
 * server leave a response uncompressed however it is asked.
 */
final class RangesUncompressed extends Handler.Wrapper {
    RangesUncompressed(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        if (!headers.contains(HttpHeader.RANGE) || !headers.contains(HttpHeader.ACCEPT_ENCODING)) return super.handle(request, response, callback);
        HttpFields identity = HttpFields.build(headers).remove(HttpHeader.ACCEPT_ENCODING).asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return identity;
            }
        }, response, callback);
    }
}
