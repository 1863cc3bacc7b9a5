package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.fuzz.ArqEngine;
import org.w3id.scokg.query.fuzz.DifferentialFuzzer;
import org.w3id.scokg.query.fuzz.Engine;
import org.w3id.scokg.query.fuzz.Feature;
import org.w3id.scokg.query.fuzz.FuzzDatasets;
import org.w3id.scokg.query.fuzz.KnownDivergence;
import org.w3id.scokg.query.fuzz.Outcome;
import org.w3id.scokg.query.fuzz.Rdf4jEngine;
import org.w3id.scokg.query.fuzz.Tally;

/**
 * The differential fuzzer through the public endpoint ({@link HttpEngine}): generated queries over
 * the real graph answer the same from the real server, over HTTP, three times each (through the
 * answer cache), as from plain ARQ over the same quads. {@code DifferentialFuzzerTest} proves the
 * engine; this proves what is between the engine and a client: the query policy, the answer cache,
 * the caps and sco-kg's own SPARQL JSON writer. {@code -Dfuzz.http.queries=N} runs more, {@code -Dfuzz.http.seed=S} others.
 */
class HttpFuzzIT {
    private static final long SEED = Long.getLong("fuzz.http.seed", 20_261_202L);
    private static final int QUERIES = Integer.getInteger("fuzz.http.queries", 200);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void generated_queries_answer_alike_over_http_and_from_plain_arq() {
        DatasetGraph data = FuzzDatasets.asScoKgServesIt(realQuads());
        DifferentialFuzzer fuzzer = new DifferentialFuzzer(data, new LegalTriplesOnly(new ArqEngine("arq-memory", data, TIMEOUT)), new HttpEngine(TIMEOUT))
                .withThirdOpinion(new Rdf4jEngine(data, TIMEOUT))
                .tolerating(List.of(KnownDivergence.ORACLE_HASH_JOIN_CLOSED_UNBUILT, KnownDivergence.ORACLE_TIME_OF_NON_LITERAL, KnownDivergence.ORACLE_LITERAL_PREDICATE,
                        KnownDivergence.ORACLE_TOP_N_IN_EXISTS, KnownDivergence.ORACLE_ASSIGNED_VARIABLE_IN_EXISTS, KnownDivergence.ORACLE_DECIMAL_DIVIDE_BY_ZERO,
                        // The endpoint's budget of built strings and integers (QueryBudget), as its 400 says it.
                        KnownDivergence.bySubjectFailure("subject-budget-over-http", "; this endpoint allows ",
                                "sco-kg refuses a query that builds a string or integer past its budget, where plain ARQ builds it"),
                        // DESCRIBE with FROM or FROM NAMED: Fuseki describes from the query's dataset (the graphs FROM
                        // names), plain ARQ over a whole dataset from its default graph; SPARQL 1.1 Query 16.4 leaves
                        // DESCRIBE's answer to the service, and RDF4J describes as Fuseki does (seed 35, #552 and #7062).
                        new KnownDivergence("describe-over-the-querys-dataset", "the endpoint describes from the dataset FROM names, plain ARQ from the whole one",
                                (query, features, oracle, subject) -> features.contains(Feature.DESCRIBE)
                                        && (features.contains(Feature.FROM) || features.contains(Feature.FROM_NAMED) || features.contains(Feature.FROM_ABSENT))
                                        && oracle instanceof Outcome.Triples && subject instanceof Outcome.Triples),
                        // The endpoint's ceiling on query size (a bound, as its 400 says; the generator writes VALUES of thousands of terms).
                        KnownDivergence.bySubjectFailure("subject-query-size", "; this endpoint parses at most ",
                                "sco-kg refuses a query longer than it parses, where plain ARQ answers it")));
        ByteArrayOutputStream reports = new ByteArrayOutputStream();
        fuzzer.reportingTo(new PrintStream(reports, true, StandardCharsets.UTF_8), System.out);
        Tally tally = fuzzer.run(SEED, 0, QUERIES);
        System.out.println("[fuzz] sco-kg-http: " + tally.progress() + "; " + tally.timing());
        assertEquals(List.of(), tally.invalid(), "queries the generator got wrong");
        assertEquals(0, tally.divergences().size(), reports.toString(StandardCharsets.UTF_8));
        assertTrue(tally.skipped() <= QUERIES / 20, "too many timeouts or capped answers: " + tally.skipped());
    }

    /** The real graph's named graphs, the quads the server holds. */
    private static DatasetGraph realQuads() {
        KnowledgeGraph real = TestGraph.real();
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(quads, () -> real.read(() -> {
            real.dataset().listGraphNodes().forEachRemaining(name -> real.dataset().getGraph(name).find()
                    .forEachRemaining(t -> quads.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
            return null;
        }));
        return quads;
    }

    /**
     * Plain ARQ, with a CONSTRUCT's triples that are not RDF (a literal subject or predicate) left
     * out, as the endpoint leaves them out of every format (SPARQL 1.1 Query 16.2; README).
     */
    private record LegalTriplesOnly(Engine arq) implements Engine {
        @Override
        public String name() {
            return arq.name();
        }

        @Override
        public Outcome evaluate(String queryText) {
            Outcome outcome = arq.evaluate(queryText);
            if (!(outcome instanceof Outcome.Triples triples)) return outcome;
            Graph legal = GraphFactory.createGraphMem();
            triples.graph().find().filterKeep(t -> t.isConcrete() && !t.getSubject().isLiteral() && t.getPredicate().isURI()).forEachRemaining(legal::add);
            return new Outcome.Triples(legal);
        }
    }
}
