package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.SysRIOT;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;

/**
 * Renders every dump, export and the dataset description as bytes, from canonical copies of the
 * graph ({@link CanonicalOrder}), so the same graph always gives the same bytes.
 */
public final class DumpRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(DumpRenderer.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DumpRenderer() {}

    /** Every dump's bytes, by file name, with the dataset description and the checksums last. */
    public static Map<String, byte[]> render(KnowledgeGraph graph) {
        return render(graph, W3idRules.DEFAULT_TARGET);
    }

    /** Every dump's bytes, by file name, the w3id rules pointing at {@code w3idTarget}. */
    public static Map<String, byte[]> render(KnowledgeGraph graph, String w3idTarget) {
        Map<String, byte[]> kept = new ConcurrentHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        render(graph, w3idTarget, kept::put).keySet().forEach(name -> files.put(name, kept.get(name)));
        return files;
    }

    /** Where each file goes once rendered, from whichever thread rendered it. */
    interface Sink {
        void put(String name, byte[] bytes) throws IOException;
    }

    /** A file rendered and given to the sink: its size and its SHA-256, which the description and SHA256SUMS give. */
    record Rendered(long size, String sha256) {}

    /**
     * Renders every dump and gives each to {@code sink} as soon as it is made, which need not keep
     * it: the size and SHA-256 of each, by file name, in the order {@value DumpWriter#CHECKSUMS_FILE}
     * lists them, the dataset description and the checksums last. A failure is thrown once no
     * renderer is still at work.
     */
    static Map<String, Rendered> render(KnowledgeGraph graph, String w3idTarget, Sink sink) {
        return graph.read(() -> renderInTransaction(graph, w3idTarget, sink));
    }

    private static Map<String, Rendered> renderInTransaction(KnowledgeGraph graph, String w3idTarget, Sink sink) {
        ExecutorService renderers = renderers();
        try {
            Renderings renderings = new Renderings(renderers, sink);
            // The HDT first, from the union itself, on a renderer of its own; then the canonical copies of
            // the named graphs and of their union (the same triples), both made from one sort of each
            // named graph's triples: the largest graph (the provenance, three quarters of the triples)
            // sorted on the other renderer, the others here, each with its own texts of the nodes.
            // The union is not sorted again on its own: that made its triples' texts twice, and a set
            // of 2 million triples to drop the union's repeats, 9 s of CPU at x100.
            renderings.submit(Dump.HDT.file, () -> graph.read(() -> HdtDump.write(graph.union())));
            Copies copies = copies(graph, renderers);
            Future<Graph> statistics = submitDumps(renderings, copies);
            submitExports(renderings, copies, w3idTarget);
            Map<String, Rendered> files = renderings.doneInListedOrder();
            describe(files, done(statistics), copies, sink);
            return files;
        } finally {
            stop(renderers);
        }
    }

    /**
     * Two renderers at most. The files are rendered from the canonical copies made first (plain
     * graphs in memory, only read once made) and from nothing else, but the HDT, whose bytes do not
     * depend on the order it reads the triples in: two at a time, the longest first, so that neither
     * renderer is left with a long one at the end (at x100 an HDT made last, from the N-Triples, ran
     * alone for 13 s). Each is the same bytes whichever thread renders it, and they are put in the
     * map in one order. More at a time would hold more renderings in the heap at once: two at x100
     * raised the live heap's peak from 3.7 to 4.1 GB, and took the rendering from 90 s to 78 to 80 s
     * (the collector's pauses are a third of it either way).
     */
    private static ExecutorService renderers() {
        return Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "dump-renderer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops {@code renderers}, once the one still at work, if any, is done. */
    private static void stop(ExecutorService renderers) {
        renderers.shutdownNow();
        // A renderer that is still at work when another failed is waited for, so that nothing
        // is given to the sink once the failure is thrown (Jena's writers do not stop when interrupted).
        try {
            renderers.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Submits the dumps of the graph and of the ontology, and the linksets; the VoID statistics, submitted among them. */
    private static Future<Graph> submitDumps(Renderings renderings, Copies copies) {
        Graph ontology = copies.ontology();
        DatasetGraph named = copies.named();
        Graph union = copies.union();
        // Longest first, by their times at x100 (JFR): the RDF/XML 10 s, the TriG 9 s, the VoID
        // statistics and the Turtle 6 s each, the JSON-LD 6 s, the N-Triples 4.5 s.
        renderings.submit(Dump.RDFXML.file, () -> write(union, RDFFormat.RDFXML_PLAIN));
        renderings.submit(Dump.TRIG.file, () -> write(named, RDFFormat.TRIG_PRETTY));
        Future<Graph> statistics = timed(renderings.renderers, "the VoID statistics", () -> DatasetDescription.statistics(union));
        renderings.submit(Dump.TURTLE.file, () -> write(union, RDFFormat.TURTLE_PRETTY));
        renderings.submit(Dump.JSONLD.file, () -> JsonLdWriter.dump(union));
        renderings.submit(Dump.NTRIPLES.file, () -> gzip(CanonicalOrder.sortedLines(write(union, RDFFormat.NTRIPLES_UTF8))));
        renderings.submit(Dump.NQUADS.file, () -> gzip(CanonicalOrder.sortedLines(write(named, RDFFormat.NQUADS_UTF8))));
        renderings.submit(Dump.ONTOLOGY_TURTLE.file, () -> write(ontology, RDFFormat.TURTLE_PRETTY));
        renderings.submit(Dump.ONTOLOGY_RDFXML.file, () -> write(ontology, RDFFormat.RDFXML_PLAIN));
        for (Dump dump : Dump.values()) {
            if (dump.linkset != null) {
                renderings.submit(dump.file, () -> CanonicalOrder.sortedLines(write(CanonicalOrder.canonical(Linksets.links(union, dump.linkset)), RDFFormat.NTRIPLES_UTF8)));
            }
        }
        return statistics;
    }

    /** Submits the files for other tools: the exports for Wikidata and the w3id rules. */
    private static void submitExports(Renderings renderings, Copies copies, String w3idTarget) {
        Graph union = copies.union();
        renderings.submit(Export.QUICKSTATEMENTS.file, () -> WikidataExport.quickStatements(union));
        renderings.submit(Export.MIXNMATCH.file, () -> WikidataExport.mixnmatch(union));
        Node version = copies.ontology().find(Node.ANY, OWL2.versionIRI.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
        renderings.submit(Export.W3ID.file, () -> W3idRules.render(w3idTarget, version == null || !version.isURI() ? null : version.getURI()));
    }

    /** Renders the dataset description from {@code files}, then the checksums of all, and adds both to {@code files}. */
    private static void describe(Map<String, Rendered> files, Graph statistics, Copies copies, Sink sink) {
        DatasetGraph named = copies.named();
        Map<Node, Long> graphs = new LinkedHashMap<>();
        named.listGraphNodes().forEachRemaining(name -> graphs.put(name, (long) named.getGraph(name).size()));
        Graph description = DatasetDescription.describe(statistics, copies.ontology(), graphs, files);
        files.put(DumpWriter.VOID_FILE, put(sink, DumpWriter.VOID_FILE, write(CanonicalOrder.canonical(description), RDFFormat.TURTLE_PRETTY)));
        files.put(DumpWriter.CHECKSUMS_FILE, put(sink, DumpWriter.CHECKSUMS_FILE, Checksums.sha256sums(files).getBytes(StandardCharsets.UTF_8)));
    }

    /** The files submitted to the renderers, by name, each given to the sink once rendered. */
    private static final class Renderings {
        private final ExecutorService renderers;
        private final Sink sink;
        private final Map<String, Future<Rendered>> pending = new HashMap<>();

        Renderings(ExecutorService renderers, Sink sink) {
            this.renderers = renderers;
            this.sink = sink;
        }

        void submit(String name, Callable<byte[]> task) {
            pending.put(name, file(renderers, sink, name, task));
        }

        /**
         * Every file submitted, waited for in the order {@value DumpWriter#CHECKSUMS_FILE} lists them:
         * the dumps, the linksets among them, then the exports, as {@link Dump} and {@link Export} name them.
         */
        Map<String, Rendered> doneInListedOrder() {
            Map<String, Rendered> files = new LinkedHashMap<>();
            for (Dump dump : Dump.values()) files.put(dump.file, done(pending.get(dump.file)));
            for (Export export : Export.values()) files.put(export.file, done(pending.get(export.file)));
            return files;
        }
    }

    /** The canonical copies every file but the HDT is rendered from. */
    private record Copies(Graph ontology, DatasetGraph named, Graph union) {}

    /**
     * The canonical copies of the ontology, the named graphs and their union, the largest named
     * graph sorted on one of {@code renderers}, the others here, each with its own texts of the nodes.
     */
    private static Copies copies(KnowledgeGraph graph, ExecutorService renderers) {
        Map<Node, String> formatted = new HashMap<>();
        Graph ontology = CanonicalOrder.canonical(graph.ontology(), formatted);
        List<Node> names = new ArrayList<>();
        graph.dataset().listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        Node largest = names.stream().max(Comparator.comparingLong(name -> graph.dataset().getGraph(name).size())).orElse(null);
        Future<List<Map.Entry<String, Triple>>> largestSorted = largest == null ? null
                : timed(renderers, "the canonical order of " + largest.getURI(), () -> graph.read(() -> CanonicalOrder.sorted(graph.dataset().getGraph(largest), new HashMap<>())));
        Map<Node, List<Map.Entry<String, Triple>>> sorted = new LinkedHashMap<>();
        for (Node name : names) sorted.put(name, name.equals(largest) ? null : CanonicalOrder.sorted(graph.dataset().getGraph(name), formatted));
        formatted.clear();
        if (largest != null) sorted.put(largest, done(largestSorted));
        Future<DatasetGraph> named = timed(renderers, "the named graphs' canonical copy", () -> CanonicalOrder.canonical(sorted));
        Graph union = CanonicalOrder.union(List.copyOf(sorted.values()));
        return new Copies(ontology, done(named), union);
    }

    /**
     * {@code task}'s file, rendered on {@code renderers} ({@link #timed}), its SHA-256 made there
     * and given to {@code sink}: the file is not kept here, and each is hashed once, two at a time.
     */
    private static Future<Rendered> file(ExecutorService renderers, Sink sink, String name, Callable<byte[]> task) {
        return timed(renderers, name, () -> put(sink, name, task.call()));
    }

    private static Rendered put(Sink sink, String name, byte[] bytes) {
        try {
            sink.put(name, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(bytes.length, Checksums.sha256(bytes));
    }

    /**
     * {@code task} submitted to {@code renderers}, its wall and CPU time logged when done under
     * {@code name}: the build's own log says which rendering took how long.
     */
    private static <T> Future<T> timed(ExecutorService renderers, String name, Callable<T> task) {
        return renderers.submit(() -> {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            T done = task.call();
            LOG.info("rendered {} in {} ms, {} ms of CPU in this thread", name, (System.nanoTime() - start) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            return done;
        });
    }

    /** A rendered file, waited for; its renderer's failure thrown as it was thrown. */
    private static <T> T done(Future<T> rendered) {
        try {
            return rendered.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dumps were rendered", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A buffer for a rendering: chunks of 1 MiB, copied once into an array of the size made
     * ({@code toByteArray}). A {@link java.io.ByteArrayOutputStream} doubles one array, copying it
     * each time: at x100 its arrays of up to 256 MiB, made and dropped, were 4 GB of the dumps'
     * 28 GB of allocation and went straight to the old generation, whose full collections took 10 s
     * of the rendering (JFR).
     */
    static UnsynchronizedByteArrayOutputStream buffer() {
        return UnsynchronizedByteArrayOutputStream.builder().setBufferSize(1 << 20).get();
    }

    private static byte[] write(Graph graph, RDFFormat format) {
        var bytes = buffer();
        RDFWriter.source(graph).format(format).set(SysRIOT.sysRdfWriterProperties, RDFXML_PROPERTIES).output(bytes);
        return bytes.toByteArray();
    }

    /**
     * The RDF/XML writer's properties (Jena reads them for RDF/XML alone): {@code allowBadURIs}, so
     * that it does not parse every IRI again to check it. The build has made each IRI with SPARQL's
     * {@code IRI()}, which checks it, and the OWL and SHACL checks have read them all; the check was a
     * third of the RDF/XML dump's time (12 s of a core at x100 in a JFR profile). The same bytes
     * either way.
     */
    private static final Map<String, Object> RDFXML_PROPERTIES = Map.of("allowBadURIs", "true");

    private static byte[] write(DatasetGraph dataset, RDFFormat format) {
        var bytes = buffer();
        RDFWriter.source(dataset).format(format).output(bytes);
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        var out = buffer();
        // GZIPOutputStream writes no file name and a zero modification time: the same bytes every time.
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
