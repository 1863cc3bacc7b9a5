package org.w3id.scokg.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
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
    /** The properties a page names alike, "name": a thing's label and its preferred label. */
    private static final Set<Node> NAMES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

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

    /**
     * The statements the record supports; an empty listing for anything that is not a source record.
     * Statements that read alike are one, with the sentences of each, and are counted once: a name as
     * label and as preferred label ("name Шанхай"), an interval's end and the end's date ("period ›
     * until 2017-06-09", kept as the statement that links to the end's place on its thing's page).
     * Counting each triple while listing them as one row, the TASS report of India's membership said
     * it supported 19 statements above 18.
     */
    Listing of(Node record) {
        if (!union.contains(record, RDF.type.asNode(), SCO.Source)) return new Listing(List.of(), 0, "");
        Map<Triple, List<Node>> read = read(record);
        // The parts the listing says something of beside their class: a bound whose date is shown.
        Set<Node> told = new HashSet<>();
        read.keySet().stream().filter(t -> !typing(t)).forEach(t -> {
            told.add(t.getSubject());
            told.add(t.getObject());
        });
        Map<Object, Supported> shown = new LinkedHashMap<>();
        Set<Object> rest = new HashSet<>();
        for (Map.Entry<Triple, List<Node>> entry : read.entrySet()) {
            Triple triple = dated(entry.getKey(), told);
            Supported statement = readsAlike(triple) ? supported(triple) : null;
            Object key = statement == null ? triple : List.of(statement.thing(), statement.said().stream().map(SupportedStatements::named).toList(), statement.shown());
            Supported kept = shown.get(key);
            if (kept == null && !rest.contains(key)) {
                if (shown.size() < SHOWN) shown.put(key, kept = statement == null ? supported(triple) : statement);
                else rest.add(key);
            } else if (kept != null && statement != null && !statement.shown().equals(triple.getObject())) {
                // The statement that links to a part's place stands for the others.
                shown.put(key, kept = new Supported(triple, statement.thing(), statement.said(), statement.shown(), kept.quotes()));
            }
            if (kept == null) continue;
            for (Node quote : entry.getValue()) if (!kept.quotes().contains(quote)) kept.quotes().add(quote);
        }
        return new Listing(new ArrayList<>(shown.values()), shown.size() + rest.size(), textFor(record));
    }

    /** The record's triples in the query's order, each with the sentences of the record's excerpts it rests on. */
    private Map<Triple, List<Node>> read(Node record) {
        Map<Triple, List<Node>> read = new LinkedHashMap<>();
        RowSet rows = QueryExec.graph(union).query(QUERY).substitution(SOURCE, record).timeout(timeoutMillis, TimeUnit.MILLISECONDS).select();
        while (rows.hasNext()) {
            Binding row = rows.next();
            // The rows of one statement are side by side (the query's order): one for each excerpt.
            List<Node> quotes = read.computeIfAbsent(Triple.create(row.get("thing"), row.get("property"), row.get("value")), t -> new ArrayList<>());
            Node quote = row.get("quote");
            if (quote != null && !quotes.contains(quote)) quotes.add(quote);
        }
        return read;
    }

    /**
     * A statement as it reads: the class of a part whose date the listing shows (an interval's end
     * "a time:Instant", or the interval "a time:Interval" when its beginning's or end's date is
     * shown) reads as that date, so that it is one row with it: as a row of its own, such a class
     * read "period › until › instance of moment", true and of no use to a reader. A class whose
     * part's date the record does not support stays a row of its own.
     */
    private Triple dated(Triple triple, Set<Node> told) {
        if (!typing(triple) || !isPart(triple.getSubject())) return triple;
        Node part = triple.getSubject();
        List<Node> instants = date(part).isPresent() ? List.of(part)
                : data.find(part, Node.ANY, Node.ANY).mapWith(Triple::getObject).filterKeep(o -> isPart(o) && date(o).isPresent()).toList();
        return instants.stream().filter(told::contains).sorted(Comparator.comparing(Node::getURI)).findFirst().flatMap(this::date).orElse(triple);
    }

    /** The one triple of a part that holds a literal, its date, when it holds nothing else but its class. */
    private Optional<Triple> date(Node part) {
        List<Triple> held = asserted(part);
        return held.size() == 1 && held.get(0).getObject().isLiteral() ? Optional.of(held.get(0)) : Optional.empty();
    }

    private static boolean typing(Triple triple) {
        return triple.getPredicate().equals(RDF.type.asNode());
    }

    /** Whether a statement may read as another does: a name, or a statement of or about a part. */
    private static boolean readsAlike(Triple triple) {
        return NAMES.contains(triple.getPredicate()) || isPart(triple.getSubject()) || isPart(triple.getObject());
    }

    /** A property as a page names it: a preferred label is a name as a label is. */
    private static Node named(Node property) {
        return NAMES.contains(property) ? RDFS.label.asNode() : property;
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
        Optional<Triple> date = date(value);
        if (date.isPresent()) return date.get().getObject();
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
