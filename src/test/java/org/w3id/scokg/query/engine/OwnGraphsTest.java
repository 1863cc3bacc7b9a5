package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jena's own names for the union and the default graph name no graph of the dataset queries see, in
 * memory and on a TDB2 store whose default graph is the union: {@code GRAPH} of one matches nothing,
 * whether the name is written in the query or bound to its variable. On TDB2 the written name read
 * the union until the evening of 4 December 2026 (TDB2 reads it in its own solver, past any executor).
 */
class OwnGraphsTest {
    private static final String EX = "http://example.org/";
    private static DatasetGraph inMemory;
    private static DatasetGraph tdb2;

    @BeforeAll
    static void data() {
        DatasetGraph quads = DatasetGraphFactory.create();
        tdb2 = DatabaseMgr.createDatasetGraph();
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(quads, () -> Txn.executeWrite(tdb2, () -> {
            for (String g : List.of("g1", "g2")) {
                Node graph = NodeFactory.createURI(EX + g);
                Node s = NodeFactory.createURI(EX + "s-" + g);
                quads.add(graph, s, NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString(g));
                tdb2.add(graph, s, NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString(g));
            }
        }));
        inMemory = SparqlEngine.copyForQueries(quads);
        SparqlEngine.configure(inMemory.getContext(), 60_000);
        SparqlEngine.forQueries(tdb2);
        SparqlEngine.configure(tdb2.getContext(), 60_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:x-arq:UnionGraph", "urn:x-arq:DefaultGraph", "urn:x-arq:DefaultGraphNode"})
    void jenas_names_match_nothing_in_graph(String name) {
        for (DatasetGraph dataset : new DatasetGraph[] {inMemory, tdb2}) {
            String where = dataset == inMemory ? "in memory: " : "on TDB2: ";
            assertEquals(2, count(dataset, "{ ?s ?p ?o }"), where + "the union");
            assertEquals(2, count(dataset, "{ GRAPH ?g { ?s ?p ?o } }"), where + "the named graphs");
            for (String pattern : List.of("{ GRAPH <" + name + "> { ?s ?p ?o } }", "{ VALUES ?g { <" + name + "> } GRAPH ?g { ?s ?p ?o } }",
                    "{ BIND(<" + name + "> AS ?g) GRAPH ?g { ?s ?p ?o } }", "{ ?s ?p ?o OPTIONAL { GRAPH <" + name + "> { ?s ?q ?x } } FILTER(BOUND(?x)) }",
                    "{ GRAPH <" + name + "> { ?s <" + EX + "p> ?o FILTER(?o != \"x\") } }", "{ FILTER EXISTS { GRAPH <" + name + "> { ?s ?p ?o } } }")) {
                assertEquals(0, count(dataset, pattern), where + pattern);
            }
        }
    }

    private static long count(DatasetGraph dataset, String pattern) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = SparqlEngine.exec(dataset, QueryFactory.create("SELECT (COUNT(*) AS ?n) " + pattern), 60_000).build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }
}
