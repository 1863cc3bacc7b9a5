package org.w3id.scokg.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The format of the answer of a CONSTRUCT whose template writes into named graphs ({@code CONSTRUCT
 * { GRAPH ?g { ... } }}, ARQ's extension of SPARQL). Fuseki chooses a CONSTRUCT's format among
 * formats of triples and of quads alike, Turtle for an Accept that names none ({@code *}{@code /*},
 * or no Accept), and writes a format of triples with the default graph alone: such an answer was a
 * 200 with an empty Turtle document. Here a format that carries graphs is chosen wherever the
 * client takes one (TriG, N-Quads, JSON-LD), and a client that takes only triples ({@code Accept:
 * text/turtle}, {@code format=ttl}) is told so rather than sent a part of the answer.
 */
final class QuadAnswerFormat {
    /** Request attribute: the {@link Lang} the answer is written in in place of Fuseki's choice. */
    private static final String LANG = QuadAnswerFormat.class.getName();

    private QuadAnswerFormat() {}

    /**
     * For a query whose template writes named graphs, decided before it is evaluated: a 400 when a
     * format parameter names a format of triples, a 406 when the client takes no format of quads, and
     * otherwise the format of quads the answer is to be written in, where Fuseki would choose one of
     * triples.
     */
    static void negotiate(HttpAction action, Query query) {
        if (!query.isConstructType() || !query.getConstructTemplate().containsRealQuad()) return;
        HttpServletRequest request = action.getRequest();
        String named = named(request);
        if (named != null) {
            Lang lang = RDFLanguages.contentTypeToLang(named);
            if (lang != null && !RDFLanguages.isQuads(lang)) ServletOps.errorBadRequest(sentence(named));
            return;
        }
        MediaType chosen = ConNeg.chooseContentType(request, DEF.constructOffer, DEF.acceptTurtle);
        // Nothing acceptable at all is Fuseki's 406; a format of quads is Fuseki's to write.
        if (chosen == null || lang(chosen) == null || RDFLanguages.isQuads(lang(chosen))) return;
        boolean takesAny = !request.getHeaders("Accept").hasMoreElements();
        MediaType quads = takesAny ? null : ConNeg.chooseContentType(request, DEF.quadsOffer, null);
        Lang written = takesAny ? Lang.TRIG : quads == null ? null : lang(quads);
        if (written == null || !RDFLanguages.isQuads(written)) ServletOps.error(406, sentence(chosen.getContentTypeStr()));
        request.setAttribute(LANG, written);
    }

    /** The format of quads chosen for the answer by {@link #negotiate}, or empty where Fuseki chooses. */
    static Optional<Lang> chosen(HttpAction action) {
        return action.getRequest().getAttribute(LANG) instanceof Lang lang ? Optional.of(lang) : Optional.empty();
    }

    /** A format the client names by a parameter, read as Fuseki reads them (a media type, {@link AnswerFormats}), or null. */
    private static String named(HttpServletRequest request) {
        for (String parameter : AnswerFormats.PARAMETERS) {
            String value = request.getParameter(parameter);
            if (value != null && !value.isBlank()) return value.strip();
        }
        return request.getParameter("force-accept");
    }

    private static Lang lang(MediaType type) {
        return RDFLanguages.contentTypeToLang(type.getContentTypeStr());
    }

    private static String sentence(String format) {
        return "This CONSTRUCT writes triples into named graphs (GRAPH in its template), which " + format
                + " cannot carry: ask for TriG, N-Quads or JSON-LD (Accept: application/trig, or format=trig).";
    }
}
