package org.w3id.scokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.junit.jupiter.api.Test;

/** The in-memory SPARQL dataset's query engine settings. */
class SparqlExecutorTest {
    private static long rows(DatasetGraph dataset, String query) {
        return QueryExec.dataset(dataset).query(query).build().select().rewindable().size();
    }

    @Test
    void property_functions_answer_as_jenas_do_and_each_iri_is_looked_up_once() {
        DatasetGraph plain = DatasetGraphFactory.create(GraphFactory.createGraphMem());
        DatasetGraph ours = DatasetGraphFactory.create(GraphFactory.createGraphMem());
        SparqlExecutor.install(ours.getContext());
        assertSame(SparqlExecutor.FACTORY, QC.getFactory(ours.getContext()));
        for (String query : List.of(
                "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT * { ?w apf:strSplit (\"a b c\" \" \") }",
                "PREFIX list: <http://jena.apache.org/ARQ/list#> SELECT * { VALUES ?l { 1 } ?x list:member ?m }",
                "SELECT * { ?w <http://example.org/notAFunction> ?v }")) {
            assertEquals(rows(plain, query), rows(ours, query), query);
        }
        assertEquals(3L, rows(ours, "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT * { ?w apf:strSplit (\"a b c\" \" \") }"));

        AtomicInteger asked = new AtomicInteger();
        PropertyFunctionRegistry counting = new PropertyFunctionRegistry() {
            @Override
            public PropertyFunctionFactory get(String uri) {
                asked.incrementAndGet();
                return super.get(uri);
            }
        };
        PropertyFunctionRegistry remembered = new SparqlExecutor.RememberedPropertyFunctions(counting);
        for (int i = 0; i < 5; i++) {
            assertNull(remembered.get("http://example.org/notAFunction"));
            assertNotNull(remembered.get("http://jena.apache.org/ARQ/property#strSplit"));
        }
        assertEquals(2, asked.get());
    }
}
