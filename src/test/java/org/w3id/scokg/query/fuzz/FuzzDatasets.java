package org.w3id.scokg.query.fuzz;

import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;

/**
 * The fuzzer's own data: the adversarial terms of {@code fuzz/adversarial.trig} beside a synthetic
 * graph of a few thousand triples whose shapes make joins, groups and paths non-trivial. Both are
 * fixed: the same every run.
 */
public final class FuzzDatasets {
    private static final String ADVERSARIAL = "/fuzz/adversarial.trig";
    private static final String SYNTHETIC = TermPool.FUZZ + "s/";
    /** Entities of the synthetic graph; each has about nine triples, about 3,000 in all. */
    private static final int ENTITIES = 320;
    /** The named graph that holds the default graph's quads in {@link #asScoKgServesIt}. */
    static final String DEFAULT_MOVED = TermPool.FUZZ + "graph/default";

    private FuzzDatasets() {}

    /**
     * Jena's transactional in-memory dataset ({@code DatasetGraphFactory.createTxnMem()}) holding
     * both. Not {@code DatasetGraphFactory.create()}: in a read transaction that one fails a query
     * with FROM NAMED of a graph it does not hold (it tries to create the graph).
     */
    public static DatasetGraph adversarialAndSynthetic() {
        DatasetGraph dataset = adversarial();
        Txn.executeWrite(dataset, () -> addSynthetic(dataset));
        return dataset;
    }

    /** The adversarial terms alone (about a hundred quads), in a {@code createTxnMem()} dataset. */
    public static DatasetGraph adversarial() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (InputStream in = FuzzDatasets.class.getResourceAsStream(ADVERSARIAL)) {
            if (in == null) throw new IllegalStateException("missing resource " + ADVERSARIAL);
            Txn.executeWrite(dataset, () -> RDFParser.source(in).lang(Lang.TRIG).parse(dataset));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    /** The fuzzer's data beside the real graph's named graphs: terms from both, as sco-kg serves them. */
    public static DatasetGraph withRealGraph() {
        DatasetGraph dataset = adversarialAndSynthetic();
        KnowledgeGraph real = TestGraph.real();
        Txn.executeWrite(dataset, () -> real.read(() -> {
            real.dataset().listGraphNodes().forEachRemaining(name -> real.dataset().getGraph(name).find()
                    .forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
            return null;
        }));
        return asScoKgServesIt(dataset);
    }

    /**
     * {@code quads} as sco-kg's endpoint shows a graph: named graphs only (the default graph's
     * quads move to the named graph {@code <}{@value #DEFAULT_MOVED}{@code >}), and the default
     * graph the union of them all. In a {@code createTxnMem()} dataset, for plain ARQ; {@link
     * org.w3id.scokg.query.engine.SparqlEngine#copyForQueries(DatasetGraph)} makes sco-kg's copy from it.
     */
    public static DatasetGraph asScoKgServesIt(DatasetGraph quads) {
        Node moved = NodeFactory.createURI(DEFAULT_MOVED);
        DatasetGraph served = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(served, () -> Txn.executeRead(quads, () -> quads.find().forEachRemaining(quad -> {
            Node graph = quad.isDefaultGraph() ? moved : quad.getGraph();
            served.add(graph, quad.getSubject(), quad.getPredicate(), quad.getObject());
            served.add(Quad.defaultGraphIRI, quad.getSubject(), quad.getPredicate(), quad.getObject());
        })));
        return served;
    }

    /**
     * An in-memory copy ({@code createTxnMem()}) of {@code quads} as TDB2 holds them. TDB2 stores numbers, dates and
     * booleans as values, so {@code "01"^^xsd:integer} reads back as {@code "1"^^xsd:integer} and two
     * triples that differ only so become one. Comparing a TDB2 copy with the original would report
     * that storage choice on every query that touches such a literal; comparing it with this copy
     * reports only how queries are evaluated.
     */
    public static DatasetGraph asTdb2StoresIt(DatasetGraph quads) {
        ArqEngine tdb2 = ArqEngine.overTdb2Copy("tdb2", quads, java.time.Duration.ofSeconds(1));
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> Txn.executeRead(tdb2.dataset(), () -> tdb2.dataset().find().forEachRemaining(copy::add)));
        return copy;
    }

    /**
     * Entities in five classes with small integers, decimals, doubles that are exact in binary,
     * names in two languages and none, dates; a parent tree (paths of up to nine steps), chains of
     * ten {@code knows} links closed into cycles, and two named graphs.
     */
    private static void addSynthetic(DatasetGraph dataset) {
        for (int i = 0; i < ENTITIES; i++) {
            Node e = entity(i);
            add(dataset, Quad.defaultGraphIRI, e, RDF.type.asNode(), iri("C" + i % 5));
            add(dataset, Quad.defaultGraphIRI, e, iri("num"), typed(Integer.toString(i % 17), XSDDatatype.XSDinteger));
            add(dataset, Quad.defaultGraphIRI, e, iri("dec"), typed(i % 9 + "." + (i % 4) * 25, XSDDatatype.XSDdecimal));
            add(dataset, Quad.defaultGraphIRI, e, iri("dbl"), typed((i % 8) / 4.0 + "E0", XSDDatatype.XSDdouble));
            add(dataset, Quad.defaultGraphIRI, e, iri("name"), name(i));
            if (i % 3 == 0) add(dataset, Quad.defaultGraphIRI, e, iri("date"), typed("2020-0" + (1 + i % 9) + "-1" + i % 10, XSDDatatype.XSDdate));
            if (i > 0) add(dataset, Quad.defaultGraphIRI, e, iri("parent"), entity(i / 2));
            add(dataset, Quad.defaultGraphIRI, e, iri("knows"), entity(i % 10 == 9 ? i - 9 : i + 1));
            if (i % 4 == 0) add(dataset, iri("graph/A"), e, iri("score"), typed(Integer.toString(i % 11), XSDDatatype.XSDinteger));
            if (i % 5 == 0) add(dataset, iri("graph/B"), e, iri("knows"), entity((i * 7 + 3) % ENTITIES));
            if (i % 25 == 0) add(dataset, iri("graph/B"), e, RDF.type.asNode(), iri("C" + i % 3));
        }
    }

    private static void add(DatasetGraph dataset, Node graph, Node s, Node p, Node o) {
        dataset.add(graph, s, p, o);
    }

    private static Node name(int i) {
        String name = "name " + i % 50;
        if (i % 3 == 0) return NodeFactory.createLiteralLang(name, "en");
        if (i % 3 == 1) return NodeFactory.createLiteralLang(name.toUpperCase(java.util.Locale.ROOT), "fr");
        return NodeFactory.createLiteralString(name);
    }

    private static Node entity(int i) {
        return iri("e" + i);
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(SYNTHETIC + local);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
