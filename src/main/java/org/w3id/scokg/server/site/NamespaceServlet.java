package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.http.EntityTags;
import org.w3id.scokg.server.http.FormatParameter;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.RenderedGraph;
import org.w3id.scokg.server.http.Representations;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.vocab.SCO;

/**
 * {@code /ontology/{version}}: the ontology, when {@code version} is its owl:versionIRI's (a page
 * asks for HTML: 303 to {@code /ontology}), or an earlier version as it was published, in any RDF
 * format ({@link PriorOntologies}); {@code /void}, {@code /void.ttl} and its other formats, and
 * {@code /.well-known/void}: the VoID + DCAT description; {@code /graph/{name}}: one named graph as RDF; {@code /shapes}: the SHACL shapes.
 * Each is negotiated among the RDF formats. Anything else under them is 404.
 */
final class NamespaceServlet extends HttpServlet {
    /** The dataset's description: RDF first (Turtle to a client that takes anything), then its page. */
    static final Representations DATASET = new Representations("/void", datasetFormats());
    private final transient KnowledgeGraph graph;
    /** void.ttl, read when the server starts: served as it was should the dump folder disappear. */
    private final transient TurtleDocument datasetDescription;
    private final transient RenderedGraph shapes;
    private final transient Map<Node, TurtleDocument> priorVersions;
    private final transient PublicUrls urls;
    private final transient OntologyDocument ontologyDocument;

    NamespaceServlet(KnowledgeGraph graph, TurtleDocument datasetDescription, RenderedGraph shapes, Map<Node, TurtleDocument> priorVersions, PublicUrls urls) {
        this.graph = graph;
        this.ontologyDocument = new OntologyDocument(graph);
        this.datasetDescription = datasetDescription;
        this.shapes = shapes;
        this.priorVersions = priorVersions;
        this.urls = urls;
    }

    private static List<MediaTypes.Format> datasetFormats() {
        List<MediaTypes.Format> formats = new ArrayList<>(MediaTypes.RDF);
        formats.add(MediaTypes.Format.HTML);
        return formats;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // These three are negotiated, not Turtle whatever the client asked for.
        if (DATASET.paths().contains(path) || path.equals("/.well-known/void")) {
            datasetDescription(path, request, response);
        } else if (path.equals("/shapes")) {
            shapes.serve(request, response);
        } else if (path.startsWith("/ontology/")) {
            version(path, request, response);
        } else if (path.startsWith("/graph/")) {
            namedGraph(path, request, response);
        } else {
            Refusals.notFound(request, response, Sentence.of("said.notFound"));
        }
    }

    /**
     * The dataset description: RDF as it was published (Turtle to a client that takes anything), and
     * a page ({@link DatasetPage}) to a browser, which puts HTML first in its Accept; at {@code /void}
     * and {@code /.well-known/void} negotiated, at {@code /void.ttl}, {@code /void.html} and the rest
     * in the format named ({@link Representations}, as the ontology, so {@code /void} names its formats
     * and the one it sent). One page
     * under every URL, its language links {@code /void}'s, so the page a Content-Location names is
     * the page that named it.
     */
    private void datasetDescription(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MediaTypes.Format> format = DATASET.choose(path, request, response, urls);
        if (format.isEmpty()) return;
        if (format.get() != MediaTypes.Format.HTML) {
            datasetDescription.serve(request, response, format.get());
            return;
        }
        Page page = Page.at("/void", Language.of(request)).version(Page.version(request)).under(urls.root());
        EntityTags.page(request, response, DatasetPage.render(page, datasetDescription.graph(), graph.ontology()));
    }

    private void version(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Node asked = NodeFactory.createURI(SCO.BASE + path.substring(1));
        TurtleDocument prior = priorVersions.get(asked);
        if (prior != null) {
            prior.serve(request, response);
            return;
        }
        if (!graph.ontology().contains(NodeFactory.createURI(SCO.ONTOLOGY), OWL.versionIRI.asNode(), asked)) {
            Refusals.notFound(request, response, Sentence.of("said.noOntologyVersion", urls.local("/ontology")));
            return;
        }
        Optional<MediaTypes.Format> format = Responses.negotiate(request, response, MediaTypes.PAGE_AND_RDF);
        if (format.isEmpty()) return;
        if (format.get() == MediaTypes.Format.HTML) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", urls.absolute(request, "/ontology"));
            return;
        }
        ontologyDocument.send(request, response, format.get());
    }

    /**
     * A named graph's IRI: {@code 303 See Other} to the endpoint's Graph Store read of it, as w3id's
     * rules send it ({@code w3id.htaccess}), which negotiates its syntax and is scheduled and bounded
     * as a query's answer is. Written here on every request, an OPTIONS's probe too, it would be
     * neither scheduled nor bounded: 25 reads of {@code graph/provenance} as JSON-LD at once (2 MB,
     * 150 MB allocated each) kept an entity page waiting 8.9 s, and on a heap of 256 MB ended the server.
     */
    private void namedGraph(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Node name = NodeFactory.createURI(SCO.BASE + path.substring(1));
        if (!graph.dataset().containsGraph(name)) {
            Refusals.notFound(request, response, Sentence.of("said.noGraph"));
            return;
        }
        if (Refusals.refusedRepeated(request, response, "format")) return;
        // A format named overrides Accept, as on every route that negotiates RDF, and goes with the
        // 303 in the media type it names: dropped, ?format=nt would get Turtle and ?format=xyz a 303.
        String named = FormatParameter.of(request);
        if (named != null) {
            Optional<String> type = namedType(named);
            if (type.isEmpty()) {
                FormatParameter.refuse(request, response, graphFormatNames());
                return;
            }
            seeOther(request, response, name, type.get(), true);
            return;
        }
        String accept = request.getHeader("Accept");
        Optional<String> chosen = accept == null || accept.isBlank() ? Optional.of(GRAPH_OFFERS.get(0)) : MediaTypes.negotiateRdfType(accept, GRAPH_OFFERS);
        Vary.onAccept(response);
        if (chosen.isEmpty()) {
            Refusals.notAcceptable(request, response, GRAPH_OFFERS);
            return;
        }
        seeOther(request, response, name, chosen.get(), false);
    }

    /**
     * 303 to the graph's Triple Pattern Fragment for a page, else to the Graph Store read of it, which
     * negotiates, or which is asked for {@code type} by {@code format=} where the request {@code named} it.
     */
    private void seeOther(HttpServletRequest request, HttpServletResponse response, Node name, String type, boolean named) {
        String graphParameter = "graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8);
        boolean page = type.equals(HTML);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", urls.absolute(request, (page ? "/fragments?" : "/sparql?") + graphParameter
                + (page || !named ? "" : "&format=" + URLEncoder.encode(type, StandardCharsets.UTF_8))));
    }

    /** The media type among {@link #GRAPH_OFFERS} that {@code name} names: a CONSTRUCT's format name, {@code html}, or a media type. */
    private static Optional<String> namedType(String name) {
        if (name.strip().equalsIgnoreCase("html")) return Optional.of(HTML);
        return MediaTypes.answerType(name, MediaTypes.Answer.GRAPH).or(() -> Optional.of(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .filter(GRAPH_OFFERS::contains);
    }

    /** The names {@code format=} takes here: those of a CONSTRUCT's formats that one graph is written in, and html. */
    private static List<String> graphFormatNames() {
        List<String> names = new ArrayList<>(MediaTypes.answerFormatNames(MediaTypes.Answer.GRAPH).stream().filter(n -> namedType(n).isPresent()).toList());
        names.add("html");
        return names;
    }

    private static final String HTML = MediaTypes.Format.HTML.mediaType;

    /**
     * What a named graph's IRI is negotiated among: the syntaxes Fuseki's Graph Store writes one graph
     * in, then a page, the graph's Triple Pattern Fragment, whose quads a person can read and follow.
     * Were every Accept sent to the Graph Store, a browser would get 233 KB of Turtle, and {@code
     * text/html}, TriG or N-Quads a 406 after the redirect.
     */
    private static final List<String> GRAPH_OFFERS = java.util.stream.Stream.concat(
            org.apache.jena.fuseki.DEF.rdfOffer.entries().stream().map(org.apache.jena.atlas.web.MediaRange::getContentTypeStr).distinct(), java.util.stream.Stream.of(HTML))
            .toList();
}
