package org.w3id.scokg.server.sparql;

import java.io.OutputStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Keeps a query's answer from being written as JSON-LD where Jena's JSON-LD writer (titanium) would
 * run far past the query's timeout: it folds the values of one property of one subject into one
 * array in time that grows with the square of their number (10 subjects with 4,000 values each:
 * 5.4 s; 40,000 triples of distinct subjects: 0.2 s), and nothing can stop it once begun. A review on
 * 3 December 2026 had {@code CONSTRUCT { ?a <urn:p> ?b } WHERE { ?a a ?t . ?b a ?u }} with a 2 s
 * timeout answer 200 after 45.6 s as JSON-LD (0.97 s as Turtle), and two of them held both slots
 * for minutes.
 *
 * <p>Jena's JSON-LD writers are wrapped in its writer registry, the extension point for writers: a
 * write made while {@link #guarding} an answer first sums, over each subject and property, the
 * square of the number of its values, and past {@link #BUDGET} answers 406 saying to ask for another
 * syntax. Writes made otherwise (the dumps, the entity pages) are the writers' own, unchanged.
 */
final class JsonLdGuard {
    /** The sum of squares past which an answer is not written as JSON-LD: about 0.7 s of the writer on this project's machine. */
    static final long BUDGET = 20_000_000;

    private static final ThreadLocal<Boolean> GUARDING = ThreadLocal.withInitial(() -> false);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private JsonLdGuard() {}

    /** Wraps every JSON-LD writer Jena has registered; once per JVM. */
    static void install() {
        if (!INSTALLED.compareAndSet(false, true)) return;
        for (RDFFormat format : List.copyOf(RDFWriterRegistry.registeredGraphFormats())) {
            if (!Lang.JSONLD.equals(format.getLang())) continue;
            WriterGraphRIOTFactory jena = RDFWriterRegistry.getWriterGraphFactory(format);
            RDFWriterRegistry.register(format, (WriterGraphRIOTFactory) syntax -> new GuardedGraphWriter(jena.create(syntax)));
        }
        for (RDFFormat format : List.copyOf(RDFWriterRegistry.registeredDatasetFormats())) {
            if (!Lang.JSONLD.equals(format.getLang())) continue;
            WriterDatasetRIOTFactory jena = RDFWriterRegistry.getWriterDatasetFactory(format);
            RDFWriterRegistry.register(format, (WriterDatasetRIOTFactory) syntax -> new GuardedDatasetWriter(jena.create(syntax)));
        }
    }

    /** Runs {@code write}, the writing of a query's answer, with JSON-LD refused past the budget. */
    static void guarding(Runnable write) {
        GUARDING.set(true);
        try {
            write.run();
        } finally {
            GUARDING.set(false);
        }
    }

    /** The sum over each graph, subject and property of the square of the number of its values. */
    static long cost(DatasetGraph dataset) {
        long cost = 0;
        for (Node name : (Iterable<Node>) () -> dataset.listGraphNodes()) cost += cost(dataset.getGraph(name));
        return cost + cost(dataset.getDefaultGraph());
    }

    static long cost(Graph graph) {
        Map<List<Node>, Long> values = new HashMap<>();
        graph.find().forEachRemaining((Triple t) -> values.merge(List.of(t.getSubject(), t.getPredicate()), 1L, Long::sum));
        long cost = 0;
        for (long count : values.values()) cost += count * count;
        return cost;
    }

    private static void check(DatasetGraph answer) {
        if (GUARDING.get() && cost(answer) > BUDGET) {
            // 406, not 503: the same request would be refused again, and a balancer retries a 503
            // on another replica (deploy/haproxy), which would evaluate the query again for nothing.
            ServletOps.error(406, "This answer gives some subject so many values of one property that writing it as JSON-LD would take far longer "
                    + "than a query may; ask for it as Turtle, N-Triples, TriG or RDF/XML (Accept: text/turtle), which write it at once.");
        }
    }

    private record GuardedGraphWriter(WriterGraphRIOT jena) implements WriterGraphRIOT {
        @Override
        public void write(OutputStream out, Graph graph, PrefixMap prefixes, String base, Context context) {
            check(DatasetGraphFactory.wrap(graph));
            jena.write(out, graph, prefixes, base, context);
        }

        @Override
        public void write(Writer out, Graph graph, PrefixMap prefixes, String base, Context context) {
            check(DatasetGraphFactory.wrap(graph));
            jena.write(out, graph, prefixes, base, context);
        }

        @Override
        public Lang getLang() {
            return jena.getLang();
        }
    }

    private record GuardedDatasetWriter(WriterDatasetRIOT jena) implements WriterDatasetRIOT {
        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            check(dataset);
            jena.write(out, dataset, prefixes, base, context);
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            check(dataset);
            jena.write(out, dataset, prefixes, base, context);
        }

        @Override
        public Lang getLang() {
            return jena.getLang();
        }
    }
}
