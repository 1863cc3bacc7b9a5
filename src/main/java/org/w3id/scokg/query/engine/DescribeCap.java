package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerFactory;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * ARQ's DESCRIBE within the endpoint's bounds. ARQ evaluates the WHERE part as any query, under its
 * deadline, and then describes each resource found, one after the other, with its describe handlers
 * (the blank-node closure of the resource): ARQ checks no deadline there, and the answer, a graph,
 * is no row set the endpoint's byte cap reads. Unbounded, {@code DESCRIBE ?s { ?s ?p ?o }} with
 * {@code timeout=1} answered 200 after 1.8 to 2.1 s at x1, the whole graph (4.4 MB), and would at
 * x100 describe every resource, hundreds of MB, past any timeout.
 *
 * <p>Each handler of ARQ's registry is wrapped ({@link #install()}, by {@link SparqlEngine#configure},
 * which also marks the dataset's context {@link #BOUNDED}). In a query of such a dataset, before each
 * resource and as each triple is added to the answer the query's cancel signal is read (the
 * deadline and a gone client set it), and where the context gives a {@link #BUDGET} the triples
 * the handlers add are counted as the endpoint counts a CONSTRUCT's, each once ({@link #bytes});
 * past the budget no more are added, and {@link #CUT} is set in the context. Jena's blank-node
 * closure keeps the nodes it has visited in a list, so one resource with many blank nodes takes
 * time that grows with their square: with the signal read only between two resources, a resource
 * with 30,000 blank nodes was described whole 27 s past a deadline of 200 ms ({@code
 * DescribeCapTest}). The registry is the JVM's (ARQ's {@code QueryExecDataset}
 * reads no other): a query of any other dataset (the differential fuzzer's oracle) is described by
 * ARQ's handlers alone, and one that gives no budget and is not stopped as ARQ describes it.
 */
public final class DescribeCap implements DescribeHandlerFactory {
    /** Set in a dataset's context by {@link SparqlEngine#configure}: its queries are described within bounds. */
    static final Symbol BOUNDED = Symbol.create("https://w3id.org/sco-kg/ontology#describeBounded");
    /** The most bytes of terms a DESCRIBE answer may hold, a {@code Long}; none where unset. */
    public static final Symbol BUDGET = Symbol.create("https://w3id.org/sco-kg/ontology#describeBudget");
    /** Set in the query's context when its answer was cut at its {@link #BUDGET}. */
    public static final Symbol CUT = Symbol.create("https://w3id.org/sco-kg/ontology#describeCut");

    /** Counted for each term's punctuation, and for a blank node. */
    private static final int TERM_OVERHEAD = 8;

    private final DescribeHandlerFactory described;

    private DescribeCap(DescribeHandlerFactory described) {
        this.described = described;
    }

    /**
     * Wraps every handler of ARQ's registry, once however often it is called: each wrapper is added
     * before the handler it wraps is removed, so a DESCRIBE that reads the registry meanwhile finds a
     * handler (at worst both, which add the same triples to a set).
     */
    public static synchronized void install() {
        DescribeHandlerRegistry registry = DescribeHandlerRegistry.get();
        List<DescribeHandlerFactory> factories = new ArrayList<>();
        registry.handlers().forEachRemaining(factories::add);
        for (DescribeHandlerFactory factory : factories) {
            if (factory instanceof DescribeCap) continue;
            registry.add(new DescribeCap(factory));
            registry.remove(factory);
        }
    }

    @Override
    public DescribeHandler create() {
        return new Bounded(described.create());
    }

    /**
     * A term's bytes as the endpoint's answer cap counts them: an IRI or a literal's text (with its
     * language and datatype), a blank node's label as written, each with 8 for its punctuation.
     */
    public static long bytes(Node node) {
        if (node == null) return 0;
        if (node.isURI()) return TERM_OVERHEAD + node.getURI().length();
        if (node.isLiteral()) {
            return TERM_OVERHEAD + node.getLiteralLexicalForm().length() + node.getLiteralLanguage().length() + node.getLiteralDatatypeURI().length();
        }
        // A blank node is written with its label (N-Triples: _:B and 32 hex digits): counted as 8
        // bytes, a CONSTRUCT of blank nodes would be sent 3.9 times the cap.
        return TERM_OVERHEAD + (node.isBlank() ? node.getBlankNodeLabel().length() : 0);
    }

    /** Thrown inside a handler's {@code describe} when a triple would pass the budget. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    private static final class Bounded implements DescribeHandler {
        private final DescribeHandler handler;
        private AtomicBoolean cancelled;
        private Context context;
        private boolean full;

        Bounded(DescribeHandler handler) {
            this.handler = handler;
        }

        @Override
        public void start(Model answer, Context context) {
            boolean bounded = context != null && context.isTrue(BOUNDED);
            this.context = context;
            this.cancelled = bounded ? Context.getCancelSignal(context) : null;
            Long budget = bounded ? context.get(BUDGET) : null;
            handler.start(!bounded ? answer : ModelFactory.createModelForGraph(new Counted(answer.getGraph(), cancelled, budget == null ? Long.MAX_VALUE : budget)),
                    context);
        }

        @Override
        public void describe(Resource resource) {
            if (cancelled != null && cancelled.get()) throw new QueryCancelledException();
            if (full) return;
            try {
                handler.describe(resource);
            } catch (Full past) {
                full = true;
                context.set(CUT, true);
            }
        }

        @Override
        public void finish() {
            handler.finish();
        }
    }

    /**
     * The answer's graph, stopping the query when its cancel signal is set as a triple is added, and
     * counting the bytes of each triple added to it once, refusing one past the budget.
     */
    private static final class Counted extends GraphWrapper {
        private final AtomicBoolean cancelled;
        private final long budget;
        private long used;

        Counted(Graph answer, AtomicBoolean cancelled, long budget) {
            super(answer);
            this.cancelled = cancelled;
            this.budget = budget;
        }

        @Override
        public void add(Triple triple) {
            if (cancelled != null && cancelled.get()) throw new QueryCancelledException();
            if (get().contains(triple)) return;
            long size = bytes(triple.getSubject()) + bytes(triple.getPredicate()) + bytes(triple.getObject());
            if (used + size > budget) throw new Full();
            used += size;
            get().add(triple);
        }
    }
}
