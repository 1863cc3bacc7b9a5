package org.w3id.scokg.query.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/** A divergence shrinks to a query that still shows it and little else. */
class MinimiserTest {
    private static final String PREFIX = "PREFIX ex: <http://example.org/fuzz/>\n";

    @Test
    void a_query_shrinks_to_what_the_divergence_needs() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 500; i++) values.append(" ex:t").append(i);
        Query query = QueryFactory.create(PREFIX + "SELECT DISTINCT ?x ?y ?z WHERE { ?x ex:link ?y . ?y ex:link ?w "
                + "OPTIONAL { ?y ex:next* ?z FILTER(?z != ex:a) } { ?x ex:value 1 } UNION { ?x ex:label \"\" } "
                + "FILTER NOT EXISTS { ?w ex:sub ?x } VALUES ?x {" + values + " } } ORDER BY ?z LIMIT 10");
        // Planted: the divergence needs an OPTIONAL over ex:next and the VALUES row ex:t321.
        Minimiser minimiser = new Minimiser(q -> q.toString().contains("OPTIONAL") && q.toString().contains("ex:next") && q.toString().contains("ex:t321"), 500);
        String smallest = minimiser.minimise(query).toString();
        assertTrue(smallest.length() < 200, smallest);
        assertTrue(smallest.contains("ex:t321") && smallest.contains("ex:next"), smallest);
        assertFalse(smallest.contains("ex:t320") || smallest.contains("UNION") || smallest.contains("LIMIT"), smallest);
    }

    @Test
    void a_query_that_does_not_shrink_is_returned_as_it_is() {
        Query query = QueryFactory.create(PREFIX + "SELECT * { ?x ex:link ?y }");
        assertEquals(query.toString(), new Minimiser(q -> q.toString().equals(query.toString()), 100).minimise(query).toString());
    }

    /** A planted bug: the subject loses every row that binds ex:a. */
    private static final class LosesExA implements Engine {
        private final Engine arq;

        LosesExA(Engine arq) {
            this.arq = arq;
        }

        @Override
        public String name() {
            return "arq-without-ex:a";
        }

        @Override
        public Outcome evaluate(String queryText) {
            Outcome outcome = arq.evaluate(queryText);
            if (!(outcome instanceof Outcome.Rows rows)) return outcome;
            List<Binding> kept = rows.rows().stream().filter(row -> !binds(row, rows.vars())).toList();
            return new Outcome.Rows(rows.vars(), kept);
        }

        private static boolean binds(Binding row, List<Var> vars) {
            return vars.stream().anyMatch(var -> NodeFactory.createURI(TermPool.FUZZ + "a").equals(row.get(var)));
        }
    }

    @Test
    void a_planted_divergence_is_found_and_reported_minimised() {
        DatasetGraph data = FuzzDatasets.adversarial();
        ArqEngine oracle = new ArqEngine("arq-memory", data, Duration.ofSeconds(5));
        ByteArrayOutputStream reports = new ByteArrayOutputStream();
        DifferentialFuzzer fuzzer = new DifferentialFuzzer(data, oracle, new LosesExA(oracle))
                .reportingTo(new PrintStream(reports, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Divergence first = null;
        for (int round = 0; first == null && round < 10; round++) {
            Tally tally = fuzzer.run(100 + round, 0, 20);
            if (!tally.divergences().isEmpty()) first = tally.divergences().get(0);
        }
        assertTrue(first != null, "no divergence in 200 queries");
        assertTrue(first.minimised().length() < first.original().length(), first.report());
        assertTrue(first.minimised().replaceAll("(?m)^PREFIX.*\n", "").length() < 250, first.report());
        assertTrue(first.report().contains(first.minimised().strip()), first.report());
        assertTrue(reports.toString(StandardCharsets.UTF_8).contains("DIVERGENCE seed"), reports.toString(StandardCharsets.UTF_8));
    }
}
