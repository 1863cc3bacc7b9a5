package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.vocab.SCO;

/**
 * The parameters a request gives a named query ({@link NamedQueryServlet}), read as the query takes
 * them: the request's parameters but {@code format}, {@code lang} and the campaign tags, one value
 * each; an IRI by a key its page moves read as the thing's own ({@link MovedKeys}); a value that
 * names nothing in this graph, or is none of a fixed set's, refused with one sentence. Also the
 * language a download names things in ({@code ?lang=}), and the address of an answer whose keys
 * were so read ({@code Content-Location}).
 */
final class GivenParameters {
    private final NamedQueryPage page;
    private final MovedKeys keys;
    private final PublicUrls urls;

    GivenParameters(NamedQueryPage page, MovedKeys keys, PublicUrls urls) {
        this.page = page;
        this.keys = keys;
        this.urls = urls;
    }

    /** A request's parameters of the query, each by its first value, and the first of them given more than once, or null. */
    record Given(Map<String, String> values, String repeated) {
        /**
         * A parameter given twice is a 400, as a query given twice is on the endpoint, not the first
         * value taken and the second ignored unsaid.
         */
        void refuseRepeated(HttpServletRequest request, NamedQuery query) {
            if (repeated != null) {
                throw new InputException(Location.file(query.file()), "parameter '" + NamedQuery.echo(repeated) + "' is given "
                        + request.getParameterMap().get(repeated).length + " times; give it once");
            }
        }
    }

    static Given read(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        String repeated = null;
        for (Map.Entry<String, String[]> given : request.getParameterMap().entrySet()) {
            String key = given.getKey();
            if (notOfTheQuery(key)) continue;
            params.put(key, given.getValue()[0]);
            if (given.getValue().length > 1 && repeated == null) repeated = key;
        }
        return new Given(params, repeated);
    }

    /**
     * Whether a request's parameter is none of the query's: format picks the answer's form and lang
     * the language of the page or of a download's names. Nor are the campaign tags a shared link
     * picks up (utm_source, ...), which must not make the link a 400.
     */
    static boolean notOfTheQuery(String key) {
        return key.equals("format") || key.equals("lang") || key.startsWith("utm_");
    }

    /**
     * Reads each IRI parameter of {@code params} that gives a thing by an address its page moves (a
     * key in other letters' case, {@code state/in}; a key the graph replaced: {@link MovedKeys}) as
     * the thing's own, in the form it was given (a key as a key, an IRI as an IRI), so the form shows
     * the key the query ran with; true when one was so read. Else {@code state=state/in} would name
     * nothing (a 400) while {@code /doc/state/in} moves to India, and a replaced key would run the
     * query on the IRI that no longer names the thing.
     */
    boolean resolveKeys(NamedQuery query, Map<String, String> params) {
        boolean moved = false;
        for (NamedQuery.Parameter p : query.parameters()) {
            String value = params.get(p.name());
            if (value == null || !p.type().equals("iri")) continue;
            Node given = p.toNode(value, query.file());
            Optional<Node> thing = keys.movedTo(given);
            if (thing.isEmpty()) continue;
            String iri = thing.get().getURI();
            params.put(p.name(), given.getURI().equals(value) ? iri : iri.substring(SCO.ID.length()));
            moved = true;
        }
        return moved;
    }

    /**
     * The address of this answer with the keys read as {@link #resolveKeys} read them, as {@code
     * Content-Location} names it (RFC 9110 8.7: a URL whose GET gives this representation): a client
     * learns which key a moved one was read as.
     */
    String canonical(HttpServletRequest request, NamedQuery query, Map<String, String> params) {
        // The given parameters as the page's download links write them, then the answer's language and format.
        StringBuilder address = new StringBuilder(urls.local("/queries/" + query.name())).append('?').append(NamedQueryPage.parameters(params));
        for (String kept : List.of("lang", "format")) {
            String value = request.getParameter(kept);
            if (value != null) address.append(kept).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
        address.setLength(address.length() - 1);
        return address.toString();
    }

    /**
     * Refuses a value that names nothing in this graph where the parameter takes an IRI, and one that
     * is none of the values a parameter with a fixed set takes: a SELECT's and a CONSTRUCT's alike.
     */
    void checkValues(HttpServletRequest request, NamedQuery query, Map<String, String> params) {
        for (NamedQuery.Parameter p : query.parameters()) {
            String value = params.get(p.name());
            if (value != null && p.type().equals("iri") && !page.names(p.toNode(value, query.file()))) {
                throw new InputException(Location.file(query.file()), "parameter '" + p.name() + "': '" + NamedQuery.echo(value) + "' names nothing in this graph");
            }
            Optional<List<Node>> offered = value == null ? Optional.empty() : page.fixedSet(query, p, Page.of(request).texts());
            if (offered.isPresent() && !offered.get().contains(p.toNode(value, query.file()))) {
                throw new InputException(Location.file(query.file()), "parameter '" + p.name() + "': '" + NamedQuery.echo(value) + "' is none of the values it takes: "
                        + String.join(", ", offered.get().stream().map(Node::getURI).toList()));
            }
        }
    }

    /**
     * The language of a download's names: {@code ?lang=}'s, which its page's links carry (a page in
     * Russian links {@code ?lang=ru&format=csv}), else English, what the downloads have always
     * named things in; the cookie and {@code Accept-Language}, which choose a page's language, do not
     * choose it, so a program that names none gets what it got before. A language the site has not,
     * or one given twice, is answered 400 here (and empty returned).
     */
    static Optional<Language> namesLanguage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] given = request.getParameterValues("lang");
        if (given == null) return Optional.of(Language.EN);
        Optional<Language> language = given.length == 1 ? Language.byTag(given[0]) : Optional.empty();
        if (language.isEmpty()) {
            String said = given.length == 1 ? "'" + NamedQuery.echo(given[0]) + "' is none of them" : "it is given " + given.length + " times; give it once";
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "lang names the language of the answer's names, one of en, ru, zh; " + said + ".");
        }
        return language;
    }
}
