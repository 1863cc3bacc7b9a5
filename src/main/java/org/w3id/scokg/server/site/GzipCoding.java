package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * Whether a request's {@code Accept-Encoding} takes gzip, as {@link DumpServlet} asks before it
 * sends a dump compressed: named with a weight above 0 ({@link #accepted}), or, where a coding may
 * be applied at all, not refused ({@link #taken}).
 */
final class GzipCoding {
    private GzipCoding() {}

    /** Whether gzip is an acceptable content coding: no {@code Accept-Encoding} at all, gzip taken, or {@code *} and gzip not refused. */
    static boolean taken(HttpServletRequest request) {
        if (request.getHeader("Accept-Encoding") == null) return true;
        if (accepted(request)) return true;
        boolean any = false;
        for (String header : Collections.list(request.getHeaders("Accept-Encoding"))) {
            for (String coding : header.split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip();
                boolean refused = parts.length > 1 && parts[1].strip().replace(" ", "").matches("(?i)q=0(\\.0{0,3})?");
                if (name.equalsIgnoreCase("gzip") && refused) return false;
                any |= name.equals("*") && !refused;
            }
        }
        return any;
    }

    /** Whether {@code Accept-Encoding} takes gzip (with a weight above 0), as Jetty's GzipHandler reads it. */
    static boolean accepted(HttpServletRequest request) {
        for (String header : Collections.list(request.getHeaders("Accept-Encoding"))) {
            for (String coding : header.split(",")) {
                String[] parts = coding.split(";");
                if (!parts[0].strip().equalsIgnoreCase("gzip")) continue;
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) refused |= parts[i].strip().replace(" ", "").matches("(?i)q=0(\\.0{0,3})?");
                if (!refused) return true;
            }
        }
        return false;
    }
}
