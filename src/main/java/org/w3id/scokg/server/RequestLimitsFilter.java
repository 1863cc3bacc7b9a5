package org.w3id.scokg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The size limits every request meets before anything reads it: the request URI with its query
 * string ({@value #MAX_URI} bytes, else 414) and the body ({@value #MAX_BODY} bytes, else 413).
 * A body of unknown length is read up to the limit and replayed.
 */
final class RequestLimitsFilter implements Filter {
    static final int MAX_URI = 8 * 1024;
    static final int MAX_BODY = 1024 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String query = request.getQueryString();
        long uriLength = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (uriLength > MAX_URI) {
            RdfResponses.text(response, 414, "The request URI is longer than " + MAX_URI + " bytes; send a long query in a POST body.");
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BODY) {
            RdfResponses.text(response, 413, "The request body is larger than " + MAX_BODY + " bytes.");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                RdfResponses.text(response, 413, "The request body is larger than " + MAX_BODY + " bytes.");
                return;
            }
            chain.doFilter(new Replayed(request, body), res);
            return;
        }
        chain.doFilter(req, res);
    }

    /** A request whose body was read here, given again to whoever reads it next. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return body.length == 0 || isReadyToEnd(in);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }

        private static boolean isReadyToEnd(InputStream in) {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }
    }
}
