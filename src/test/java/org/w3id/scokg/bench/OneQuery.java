package org.w3id.scokg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.engine.SparqlEngine;

public final class OneQuery {
    public static void main(String[] args) throws Exception {
        int scale = Integer.parseInt(args[0]);
        Path project = scale == 1 ? Path.of("") : ScaledTables.write(Path.of(""), Path.of("target/bench/tables-x" + scale), scale);
        KnowledgeGraph graph = GraphBuilder.build(project);
        DatasetGraph scoKg = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(scoKg.getContext(), 120_000);
        DatasetGraph plain = DatasetGraphFactory.create(GraphFactory.createGraphMem());
        Txn.executeRead(scoKg, () -> {
            scoKg.getDefaultGraph().find().forEachRemaining(plain.getDefaultGraph()::add);
            scoKg.listGraphNodes().forEachRemaining(name -> {
                plain.addGraph(name, GraphFactory.createGraphMem());
                scoKg.getGraph(name).find().forEachRemaining(plain.getGraph(name)::add);
            });
        });
        Map<String, Query> queries = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) queries.put(args[i], QueryFactory.create(args[i]));
        PairedTimes.printTable(queries, plain, scoKg, Integer.getInteger("runs", 7), 120_000);
    }
}
