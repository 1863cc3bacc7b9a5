package org.w3id.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * Every text answer of the routes says its charset: a {@code text/*} type set without one (Fuseki's
 * N-Triples as {@code text/plain}, its Turtle, the dumps' Turtle and checksums) gets {@code
 * charset=utf-8}, which is what the server writes (RDF's text syntaxes are UTF-8 by definition, and
 * the rest is written so). A type with no charset (Fuseki's CONSTRUCT from {@code /sparql} as
 * {@code text/plain}) is read by a browser or a client in its own default.
 */
public final class TextCharsetFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(withCharset(type));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
            }
        });
    }

    /** {@code type} with {@code charset=utf-8} where it is a text type that names no charset, else as it is. */
    static String withCharset(String type) {
        if (type == null) return null;
        String lower = type.toLowerCase(Locale.ROOT);
        if (!lower.strip().startsWith("text/") || lower.contains("charset=")) return type;
        return type.strip() + ";charset=utf-8";
    }
}
