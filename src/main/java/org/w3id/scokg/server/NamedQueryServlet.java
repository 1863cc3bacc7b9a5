package org.w3id.scokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.build.InputException;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;
import org.w3id.scokg.vocab.SCO;

/**
 * The named queries as a Web API, as grlc makes one from a repository: {@code /queries/} lists
 * them, {@code /queries/{name}?param=value} runs one and answers JSON, CSV, TSV, XML or an HTML
 * table with a form, by Accept or {@code ?format=}. {@code /.well-known/sparql-examples} publishes
 * them as SHACL SPARQL executables, the form SPARQL editors read.
 */
final class NamedQueryServlet extends HttpServlet {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "json", "application/sparql-results+json", "csv", "text/csv",
            "tsv", "text/tab-separated-values", "xml", "application/sparql-results+xml");
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/sparql-results+json",
            "application/json", "text/csv", "text/tab-separated-values", "application/sparql-results+xml");

    private final transient DatasetGraph dataset;
    private final transient QueryCatalog catalog;
    private final long timeoutMillis;

    private final transient PublicUrls urls;

    NamedQueryServlet(DatasetGraph dataset, QueryCatalog catalog, long timeoutMillis, PublicUrls urls) {
        this.urls = urls;
        this.dataset = dataset;
        this.catalog = catalog;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/.well-known/sparql-examples")) {
            RdfResponses.rdf(response, examples(request), MediaTypes.Format.TURTLE);
            return;
        }
        if (path.equals("/queries") || path.equals("/queries/")) {
            Map<String, String> links = new LinkedHashMap<>();
            catalog.all().forEach(q -> links.put(q.title(), "/queries/" + q.name()));
            RdfResponses.html(response, Html.index("Named queries", links));
            return;
        }
        String name = path.substring("/queries/".length());
        NamedQuery query = catalog.all().stream().filter(q -> q.name().equals(name)).findFirst().orElse(null);
        if (query == null || !query.query().isSelectType()) {
            RdfResponses.text(response, HttpServletResponse.SC_NOT_FOUND, "No named SELECT query '" + name + "'. See /queries/.");
            return;
        }
        String format = format(request);
        RdfResponses.varyOnAccept(response);
        if (format == null) {
            RdfResponses.text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Supported types: " + String.join(", ", TYPES.values()));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals("format")) params.put(key, values[0]);
        });
        RowSet rows;
        try {
            rows = QueryRunner.select(dataset, query, params, timeoutMillis);
        } catch (InputException e) {
            RdfResponses.text(response, HttpServletResponse.SC_BAD_REQUEST, e.problems().get(0).message());
            return;
        }
        if (format.equals("html")) {
            RdfResponses.html(response, Html.queryPage(query, params, rows));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSet results = ResultSet.adapt(rows);
        switch (format) {
            case "csv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case "tsv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case "xml" -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
            default -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
        }
        RdfResponses.send(response, TYPES.get(format) + ";charset=utf-8", out.toByteArray());
    }

    /** html, json, csv, tsv or xml; null when the client accepts none of them. */
    private static String format(HttpServletRequest request) {
        String explicit = request.getParameter("format");
        if (explicit != null) return TYPES.containsKey(explicit) ? explicit : null;
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) return "html";
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            return null;
        }
        if (match == null) return null;
        String type = match.getContentTypeStr();
        if (type.equals("application/json")) return "json";
        return TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private Graph examples(HttpServletRequest request) {
        String endpoint = urls.absolute(request, "/sparql");
        Graph graph = GraphFactory.createGraphMem();
        for (NamedQuery q : catalog.all()) {
            Node node = NodeFactory.createURI(SCO.BASE + "queries/" + q.name());
            String kind = q.query().isSelectType() ? "select" : q.query().isConstructType() ? "construct" : q.query().isAskType() ? "ask" : "describe";
            graph.add(node, RDF.type.asNode(), NodeFactory.createURI(SH + "SPARQLExecutable"));
            graph.add(node, RDF.type.asNode(), NodeFactory.createURI(SH + "SPARQL" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "Executable"));
            graph.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(q.title(), "en"));
            graph.add(node, RDFS.comment.asNode(), NodeFactory.createLiteralLang(q.description(), "en"));
            graph.add(node, NodeFactory.createURI(SH + kind), NodeFactory.createLiteralString(q.text()));
            graph.add(node, NodeFactory.createURI("http://schema.org/target"), NodeFactory.createURI(endpoint));
        }
        graph.getPrefixMapping().setNsPrefix("sh", SH).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("schema", "http://schema.org/");
        return graph;
    }
}
