package org.w3id.scokg.server.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.server.http.RenderedGraph;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.vocab.SCO;

/**
 * {@code /.well-known/sparql-examples}: the named queries as SHACL SPARQL executables, the form
 * SPARQL editors read, each naming this server's {@code /sparql} as its {@code schema:target}, in
 * the RDF format the request asks for ({@link RenderedGraph}).
 */
final class SparqlExamples {
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private final QueryCatalog catalog;
    private final PublicUrls urls;
    /**
     * The examples, written once per endpoint they name: the public base's, or without one the host
     * each request names, of which a few are kept (a client may name any).
     */
    private final Cache<String, RenderedGraph> examples = Caffeine.newBuilder().maximumSize(8).build();

    SparqlExamples(QueryCatalog catalog, PublicUrls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    /** Answers {@code request} with the examples whose target is the endpoint at the address it was sent to. */
    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = urls.absolute(request, "/sparql");
        examples.get(endpoint, this::examples).serve(request, response);
    }

    /**
     * The named queries as SHACL SPARQL executables whose {@code schema:target} is {@code endpoint},
     * each with its parameters bound to their defaults, so that it answers there what {@code
     * /queries/{name}} answers without parameters.
     */
    private RenderedGraph examples(String endpoint) {
        Graph graph = GraphFactory.createGraphMem();
        for (NamedQuery q : catalog.all()) {
            Node node = NodeFactory.createURI(SCO.BASE + "queries/" + q.name());
            String kind = q.query().isSelectType() ? "select" : q.query().isConstructType() ? "construct" : q.query().isAskType() ? "ask" : "describe";
            graph.add(node, RDF.type.asNode(), NodeFactory.createURI(SH + "SPARQLExecutable"));
            graph.add(node, RDF.type.asNode(), NodeFactory.createURI(SH + "SPARQL" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "Executable"));
            graph.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(q.title(), "en"));
            q.titles().forEach((lang, title) -> graph.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(title, lang)));
            graph.add(node, RDFS.comment.asNode(), NodeFactory.createLiteralLang(q.description(), "en"));
            q.descriptions().forEach((lang, description) -> graph.add(node, RDFS.comment.asNode(), NodeFactory.createLiteralLang(description, lang)));
            // The text as /queries/{name} runs it with its defaults, each parameter's value in place
            // (Jena's substitution, as the editor's links have it), not the file's text, whose
            // parameters are unbound, so that members-on-date sent to the endpoint would answer no
            // rows and entity-graph the whole graph.
            graph.add(node, NodeFactory.createURI(SH + kind), NodeFactory.createLiteralString(q.textWith(Map.of())));
            graph.add(node, NodeFactory.createURI("http://schema.org/target"), NodeFactory.createURI(endpoint));
        }
        graph.getPrefixMapping().setNsPrefix("sh", SH).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("schema", "http://schema.org/");
        return new RenderedGraph(graph);
    }
}
