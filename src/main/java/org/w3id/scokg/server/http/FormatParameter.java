package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.scokg.server.web.Sentence;

/**
 * {@code format=}, read one way on every route of the site that takes it (a thing's IRI and
 * description, the ontology, the dataset's description, the kinds' indexes, {@code /dumps/}, the
 * named queries, {@code /search}, {@code /reconcile/properties}): a blank value is no value, so
 * {@code Accept} chooses, as on {@code /sparql}; a name is read in any case; a name the route does
 * not answer in is the client's mistake, a 400 naming the parameter and the names the route takes
 * ({@link #refuse}), as the SPARQL endpoint answers it and as Fuseki does ("Can't determine output
 * content type", a 400). A 406 is only for an {@code Accept} header that nothing offered meets.
 */
public final class FormatParameter {
    private FormatParameter() {}

    /**
     * The format {@code request} names, stripped, in small letters; null where it names none or a
     * blank one. Only a request with a query string or a body can carry one: asking Jetty for a
     * parameter parses them all.
     */
    public static String of(HttpServletRequest request) {
        if (request.getQueryString() == null && request.getContentLength() <= 0) return null;
        String given = request.getParameter("format");
        return given == null || given.isBlank() ? null : given.strip().toLowerCase(Locale.ROOT);
    }

    /** The format of {@code offers} that {@code name} (from {@link #of}) names, by its extension or its media type. */
    public static Optional<MediaTypes.Format> among(String name, List<MediaTypes.Format> offers) {
        return MediaTypes.byName(name).filter(offers::contains);
    }

    /** The names {@code format=} takes for {@code offers}: their extensions, as the addresses of the documents write them. */
    public static List<String> names(List<MediaTypes.Format> offers) {
        return offers.stream().map(f -> f.extension).toList();
    }

    /**
     * {@code query}, a request's query string as sent (null for none), without its {@code format}
     * pairs: {@code ?} and the rest as sent, or "" when nothing is left. For a redirect to an address
     * whose extension names the format ({@code /doc/state/IN.ttl}), which would otherwise name it twice.
     */
    public static String queryWithout(String query) {
        if (query == null) return "";
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException undecodable) {
                // Kept as sent: a name that cannot be read is not format.
            }
            if (!pair.isEmpty() && !name.equals("format")) kept.add(pair);
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }

    /**
     * 400, "format is one of ttl, jsonld, …; this one is none of them.": to a browser on a page in
     * its language, to a program as the sentence, on the reconciliation service's routes as a problem
     * document ({@link Refusals#clientError}).
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, Collection<String> names) throws IOException {
        Refusals.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.formatNone", String.join(", ", names)));
    }
}
