package org.w3id.scokg.server.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * A request whose body was read by a filter, given again to whoever reads it next. A form's
 * parameters are read from that body too where Jetty did not read them: a form whose length was
 * unknown (inflated from gzip) is read by the filter before anything asks for its parameters,
 * which would then be empty, and the endpoint would answer 405.
 */
public final class ReplayedRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private Map<String, String[]> parameters;

    public ReplayedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /**
     * The parameters the servlet request has (the query string's, and a form's that Jetty read,
     * which throws on a form it could not read), and those of a form body Jetty did not read
     * (inflated), decoded as UTF-8; a name Jetty gave is not taken again from the body.
     */
    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, String[]> given = super.getParameterMap();
            String type = getContentType();
            if (body.length == 0 || type == null || !MimeTypes.getContentTypeWithoutCharset(type).strip().equalsIgnoreCase("application/x-www-form-urlencoded")) {
                parameters = given;
            } else {
                Fields fields = new Fields();
                UrlEncoded.decodeUtf8To(new String(body, StandardCharsets.UTF_8), fields);
                Map<String, String[]> map = new LinkedHashMap<>(given);
                for (Fields.Field field : fields) map.putIfAbsent(field.getName(), field.getValues().toArray(String[]::new));
                parameters = Collections.unmodifiableMap(map);
            }
        }
        return parameters;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    public byte[] body() {
        return body;
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
