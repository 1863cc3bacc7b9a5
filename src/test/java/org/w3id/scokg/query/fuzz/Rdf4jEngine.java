package org.w3id.scokg.query.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.QueryInterruptedException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.query.parser.ParsedQuery;
import org.eclipse.rdf4j.query.parser.QueryParserUtil;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/**
 * RDF4J's memory store loaded with the same quads: a third opinion when ARQ is in doubt, never a
 * gate. It may disagree with ARQ where the specification leaves room (ordering across types,
 * DESCRIBE, error handling). Without FROM or FROM NAMED a query sees the dataset as ARQ does (the
 * default graph alone, GRAPH over the named graphs), not RDF4J's union of every graph.
 */
public final class Rdf4jEngine implements Engine {
    private final SailRepository repository;
    private final SimpleDataset asArqSeesIt = new SimpleDataset();
    private final Duration timeout;

    public Rdf4jEngine(DatasetGraph quads, Duration timeout) {
        this.timeout = timeout;
        repository = new SailRepository(new MemoryStore());
        asArqSeesIt.addDefaultGraph(RDF4J.NIL);
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.begin();
            quads.find().forEachRemaining(quad -> connection.add(Rdf4jTerms.statement(quad)));
            connection.commit();
        }
        quads.listGraphNodes().forEachRemaining(name -> asArqSeesIt.addNamedGraph((IRI) Rdf4jTerms.value(name)));
    }

    @Override
    public String name() {
        return "rdf4j-memory";
    }

    @Override
    public Outcome evaluate(String queryText) {
        try (RepositoryConnection connection = repository.getConnection()) {
            ParsedQuery parsed = QueryParserUtil.parseQuery(QueryLanguage.SPARQL, queryText, null);
            org.eclipse.rdf4j.query.Query query = connection.prepareQuery(queryText);
            query.setMaxExecutionTime((int) Math.max(1, timeout.toSeconds()));
            if (parsed.getDataset() == null) query.setDataset(asArqSeesIt);
            if (query instanceof TupleQuery select) return rows(select);
            if (query instanceof BooleanQuery ask) return new Outcome.Ask(ask.evaluate());
            return new Outcome.Triples(graph((GraphQuery) query));
        } catch (QueryInterruptedException e) {
            return new Outcome.TimedOut();
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failure(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    private static Outcome.Rows rows(TupleQuery select) {
        try (TupleQueryResult result = select.evaluate()) {
            List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
            List<Binding> rows = new ArrayList<>();
            for (BindingSet set : result) {
                BindingBuilder row = Binding.builder();
                set.forEach(b -> row.add(Var.alloc(b.getName()), Rdf4jTerms.node(b.getValue())));
                rows.add(row.build());
            }
            return new Outcome.Rows(vars, rows);
        }
    }

    private static Graph graph(GraphQuery query) {
        Graph graph = GraphFactory.createGraphMem();
        try (GraphQueryResult result = query.evaluate()) {
            for (Statement statement : result) graph.add(Rdf4jTerms.triple(statement));
        }
        return graph;
    }
}
