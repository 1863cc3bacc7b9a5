package org.w3id.scokg.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * The statements a source record supports, for its page: each triple of graph/data whose
 * reification is derived from the record or from an excerpt of it, with the excerpts' sentences,
 * read with {@code supported.rq} beside this class within the query timeout. A record may support
 * thousands (the article the graph began from supports hundreds, a hundred times as many at 100
 * times the data), so a page holds the first {@value #SHOWN} in the query's order and the count;
 * the query itself, the record in place, lists them all in the editor.
 */
final class SupportedStatements {
    /** Statements a page shows before it points to the query for the rest. */
    static final int SHOWN = 100;

    private static final String TEXT = resource("supported.rq");
    private static final Query QUERY = QueryFactory.create(TEXT);
    private static final Var SOURCE = Var.alloc("source");

    /**
     * One statement as the page of its thing shows it: the thing (the whole a part such as {@code
     * …#beginning} belongs to), the properties to name (those leading from the thing to the part,
     * then the statement's own, unless the part is just the one value it holds: "period › from"),
     * the node to show for its value (a part by its one value or its class), and the sentences of
     * the record's excerpts it rests on (none when it rests on the record itself).
     */
    record Supported(Triple triple, Node thing, List<Node> said, Node shown, List<Node> quotes) {}

    /** The first {@link #SHOWN} statements, how many there are in all, and the query that lists them all. */
    record Listing(List<Supported> shown, int total, String query) {}

    private final Graph data;
    private final Graph union;
    private final long timeoutMillis;

    SupportedStatements(KnowledgeGraph graph, long timeoutMillis) {
        this.data = graph.data();
        this.union = graph.union();
        this.timeoutMillis = timeoutMillis;
    }

    /** The statements the record supports; an empty listing for anything that is not a source record. */
    Listing of(Node record) {
        if (!union.contains(record, RDF.type.asNode(), SCO.Source)) return new Listing(List.of(), 0, "");
        List<Supported> shown = new ArrayList<>();
        int total = 0;
        Triple previous = null;
        RowSet rows = QueryExec.graph(union).query(QUERY).substitution(SOURCE, record).timeout(timeoutMillis, TimeUnit.MILLISECONDS).select();
        while (rows.hasNext()) {
            Binding row = rows.next();
            Triple triple = Triple.create(row.get("thing"), row.get("property"), row.get("value"));
            // The rows of one statement are side by side (the query's order): one for each excerpt.
            if (!triple.equals(previous)) {
                total++;
                if (total <= SHOWN) shown.add(supported(triple));
                previous = triple;
            }
            Node quote = row.get("quote");
            if (quote != null && total <= SHOWN) shown.get(shown.size() - 1).quotes().add(quote);
        }
        return new Listing(shown, total, textFor(record));
    }

    /** A statement as its thing's page shows it, read from graph/data (an inferred super-property would lead nowhere new). */
    private Supported supported(Triple triple) {
        Node subject = triple.getSubject();
        List<Node> said = new ArrayList<>();
        if (!(isPart(subject) && !triple.getPredicate().equals(RDF.type.asNode()) && asserted(subject).size() == 1)) said.add(triple.getPredicate());
        Node node = subject;
        // Parts nest two deep (an interval's beginning); the bound only guards against a cycle.
        for (int depth = 0; depth < 4 && isPart(node); depth++) {
            Node part = node;
            Triple lead = data.find(Node.ANY, Node.ANY, part).filterKeep(t -> !t.getSubject().equals(part) && whole(t.getSubject()).equals(whole(part)))
                    .nextOptional().orElse(null);
            if (lead == null) break;
            said.add(0, lead.getPredicate());
            node = lead.getSubject();
        }
        return new Supported(triple, whole(subject), said, shown(triple.getObject()), new ArrayList<>());
    }

    /** A part as a value: the one value it holds (an instant's date), else its class; any other node itself. */
    private Node shown(Node value) {
        if (!isPart(value)) return value;
        List<Triple> held = asserted(value);
        if (held.size() == 1 && held.get(0).getObject().isLiteral()) return held.get(0).getObject();
        return data.find(value, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(value);
    }

    /** A part's asserted triples but its class. */
    private List<Triple> asserted(Node part) {
        return data.find(part, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(RDF.type.asNode())).toList();
    }

    /** The thing whose page shows a node: itself, or the thing a part of one belongs to. */
    private static Node whole(Node node) {
        return isPart(node) ? NodeFactory.createURI(node.getURI().replaceFirst("#.*", "")) : node;
    }

    private static boolean isPart(Node node) {
        return node.isURI() && node.getURI().startsWith(SCO.ID) && node.getURI().contains("#");
    }

    /** The query with the record in place, its comment on top, as the editor shows it. */
    private static String textFor(Node record) {
        StringBuilder header = new StringBuilder();
        TEXT.lines().takeWhile(line -> line.startsWith("#")).forEach(line -> header.append(line).append('\n'));
        return header + QueryTransformOps.syntaxSubstitute(QUERY, Map.of(SOURCE, record)).serialize();
    }

    private static String resource(String name) {
        try (InputStream in = SupportedStatements.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
