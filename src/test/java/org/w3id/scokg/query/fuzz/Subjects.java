package org.w3id.scokg.query.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * The subjects {@link DifferentialFuzzer#main} can test, each against plain ARQ over a plain
 * in-memory copy of the same quads:
 * <ul>
 *   <li>{@code sco-kg}: the engine the endpoint runs ({@link SparqlEngine#copyForQueries} and
 *       {@link SparqlEngine#configure}: sco-kg's executor, its bounds and settings) over the
 *       fuzzer's data and the real graph, as the endpoint shows them, RDF4J as third opinion;
 *   <li>{@code sco-kg-tdb2}: the same engine over a TDB2 store, as {@code serve --tdb2} runs it
 *       (union default graph), the oracle holding the quads as TDB2 stores them;
 *   <li>{@code tdb2}: ARQ over a TDB2 copy, the oracle holding the quads as TDB2 stores them
 *       ({@link FuzzDatasets#asTdb2StoresIt}), RDF4J as third opinion;
 *   <li>{@code tdb2-raw}: the same, the oracle holding the quads as written, so that TDB2's
 *       storing of values shows;
 *   <li>{@code rdf4j}: RDF4J's memory store, to list where it and ARQ part;
 *   <li>{@code memory}: ARQ over a copy in {@code DatasetGraphFactory.create()} (the oracle's is
 *       {@code createTxnMem()}), which must never diverge but for a known failure (a check of the
 *       fuzzer itself).
 * </ul>
 */
final class Subjects {
    static final List<String> NAMES = List.of("sco-kg", "sco-kg-tdb2", "tdb2", "tdb2-raw", "rdf4j", "memory");

    private Subjects() {}

    /** The data each subject is run over: the fuzzer's own, and for sco-kg's engine the real graph too. */
    static DatasetGraph data(String name) {
        return name.startsWith("sco-kg") ? FuzzDatasets.withRealGraph() : FuzzDatasets.adversarialAndSynthetic();
    }

    static DifferentialFuzzer fuzzer(String name, DatasetGraph data, Duration timeout) {
        return switch (name) {
            case "sco-kg" -> new DifferentialFuzzer(data, new ArqEngine("arq-memory", data, timeout), scoKg(data, timeout))
                    .withThirdOpinion(new Rdf4jEngine(data, timeout)).tolerating(List.of(KnownDivergence.ORACLE_HASH_JOIN_CLOSED_UNBUILT, KnownDivergence.ORACLE_TIME_OF_NON_LITERAL,
                            KnownDivergence.ORACLE_LITERAL_PREDICATE, KnownDivergence.ORACLE_TOP_N_IN_EXISTS, KnownDivergence.ORACLE_ASSIGNED_VARIABLE_IN_EXISTS, KnownDivergence.ORACLE_DECIMAL_DIVIDE_BY_ZERO, KnownDivergence.ORACLE_DURATION_DIVIDE_INEXACT,
                            KnownDivergence.SUBJECT_STRING_BUDGET));
            case "sco-kg-tdb2" -> {
                DatasetGraph stored = FuzzDatasets.asTdb2StoresIt(data);
                yield new DifferentialFuzzer(stored, new ArqEngine("arq-memory", stored, timeout), scoKgOverTdb2(stored, timeout))
                        .withThirdOpinion(new Rdf4jEngine(stored, timeout))
                        .tolerating(List.of(KnownDivergence.TDB2_NUMBER_LEXICAL_FORM,
                                KnownDivergence.ORACLE_HASH_JOIN_CLOSED_UNBUILT, KnownDivergence.ORACLE_TIME_OF_NON_LITERAL, KnownDivergence.ORACLE_LITERAL_PREDICATE,
                                KnownDivergence.ORACLE_TOP_N_IN_EXISTS, KnownDivergence.ORACLE_ASSIGNED_VARIABLE_IN_EXISTS, KnownDivergence.ORACLE_DECIMAL_DIVIDE_BY_ZERO, KnownDivergence.ORACLE_DURATION_DIVIDE_INEXACT,
                                KnownDivergence.SUBJECT_STRING_BUDGET));
            }
            case "tdb2" -> {
                DatasetGraph stored = FuzzDatasets.asTdb2StoresIt(data);
                yield new DifferentialFuzzer(stored, new ArqEngine("arq-memory", stored, timeout), ArqEngine.overTdb2Copy("arq-tdb2", stored, timeout))
                        .withThirdOpinion(new Rdf4jEngine(stored, timeout)).tolerating(List.of(KnownDivergence.TDB2_GRAPH_OVER_NO_TRIPLES, KnownDivergence.TDB2_DATASET_NAMES, KnownDivergence.HASH_JOIN_CLOSED_UNBUILT));
            }
            case "tdb2-raw" -> new DifferentialFuzzer(data, new ArqEngine("arq-memory", data, timeout), ArqEngine.overTdb2Copy("arq-tdb2", data, timeout))
                    .withThirdOpinion(new Rdf4jEngine(data, timeout)).tolerating(List.of(KnownDivergence.TDB2_GRAPH_OVER_NO_TRIPLES, KnownDivergence.TDB2_DATASET_NAMES, KnownDivergence.HASH_JOIN_CLOSED_UNBUILT));
            case "rdf4j" -> new DifferentialFuzzer(data, new ArqEngine("arq-memory", data, timeout), new Rdf4jEngine(data, timeout));
            case "memory" -> new DifferentialFuzzer(data, new ArqEngine("arq-memory", data, timeout), new ArqEngine("arq-general-dataset", copy(data), timeout))
                    .tolerating(List.of(KnownDivergence.GENERAL_DATASET_FROM_ABSENT));
            default -> throw new IllegalArgumentException("unknown subject " + name);
        };
    }

    /**
     * sco-kg's engine over {@code served} (from {@link FuzzDatasets#asScoKgServesIt}): its named
     * graphs built into plain in-memory graphs, as {@code GraphBuilder} builds them, and the dataset
     * the endpoint makes of those ({@link SparqlEngine#copyForQueries(KnowledgeGraph)}: the built
     * graphs linked, their union materialised), with the endpoint's settings.
     */
    static ArqEngine scoKg(DatasetGraph served, Duration timeout) {
        DatasetGraph built = DatasetGraphFactory.createGeneral();
        Txn.executeRead(served, () -> served.find().forEachRemaining(quad -> {
            if (!quad.isDefaultGraph()) built.add(quad);
        }));
        DatasetGraph copy = SparqlEngine.copyForQueries(new KnowledgeGraph(built, Map.of()));
        SparqlEngine.configure(copy.getContext(), timeout.toMillis());
        return new ArqEngine("sco-kg-memory", copy, timeout);
    }

    /** sco-kg's engine over an in-memory TDB2 store of {@code served}'s named graphs, the union its default graph. */
    static ArqEngine scoKgOverTdb2(DatasetGraph served, Duration timeout) {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> Txn.executeRead(served, () -> served.find().forEachRemaining(quad -> { if (!quad.isDefaultGraph()) store.add(quad); })));
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        SparqlEngine.forQueries(store);
        SparqlEngine.configure(store.getContext(), timeout.toMillis());
        return new ArqEngine("sco-kg-tdb2", store, timeout);
    }

    /** A copy of {@code data} in a general in-memory dataset ({@code DatasetGraphFactory.create()}). */
    static DatasetGraph copy(DatasetGraph data) {
        DatasetGraph copy = DatasetGraphFactory.create(GraphFactory.createGraphMem());
        Txn.executeRead(data, () -> data.find().forEachRemaining(copy::add));
        return copy;
    }
}
