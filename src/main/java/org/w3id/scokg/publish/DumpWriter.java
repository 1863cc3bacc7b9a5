package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.FileStamp;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.StaleFolders;
import org.w3id.scokg.vocab.LinkTargets;
import org.w3id.scokg.vocab.Prefixes;

/**
 * Writes the dumps: every file is written into a fresh temporary folder beside the output, which
 * then replaces the output whole, so a failed build leaves the previous dumps as they were. Triples
 * are put in a canonical order first, so the same graph always gives the same bytes.
 */
public final class DumpWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DumpWriter.class);
    /** The dumps, by file name, in the order they are written and listed. */
    public enum Dump {
        TURTLE("sco-kg.ttl", "text/turtle", "Turtle"),
        TRIG("sco-kg.trig", "application/trig", "TriG"),
        NQUADS("sco-kg.nq.gz", "application/n-quads", "N-Quads (gzip)"),
        NTRIPLES("sco-kg.nt.gz", "application/n-triples", "N-Triples (gzip)"),
        JSONLD("sco-kg.jsonld", "application/ld+json", "JSON-LD"),
        RDFXML("sco-kg.rdf", "application/rdf+xml", "RDF/XML"),
        HDT("sco-kg.hdt", "application/vnd.hdt", "HDT"),
        ONTOLOGY_TURTLE("ontology.ttl", "text/turtle", "ontology, Turtle"),
        ONTOLOGY_RDFXML("ontology.rdf", "application/rdf+xml", "ontology, RDF/XML"),
        LINKSET_WIKIDATA(LinkTargets.WIKIDATA),
        LINKSET_DBPEDIA(LinkTargets.DBPEDIA),
        LINKSET_GEONAMES(LinkTargets.GEONAMES);

        public final String file;
        /** The type of the RDF in it; a compressed dump's bytes are {@value #GZIP} ({@link #servedAs()}). */
        public final String mediaType;
        public final String title;
        /** The target of a linkset dump; null for a dump of the whole graph or the ontology. */
        public final LinkTargets linkset;

        Dump(String file, String mediaType, String title) {
            this.file = file;
            this.mediaType = mediaType;
            this.title = title;
            this.linkset = null;
        }

        /** Whether the file holds the ontology alone. */
        public boolean ontology() {
            return this == ONTOLOGY_TURTLE || this == ONTOLOGY_RDFXML;
        }

        /** Whether the file is gzip (DCAT's compressFormat): its bytes are not the RDF itself. */
        public boolean compressed() {
            return file.endsWith(".gz");
        }

        /**
         * The Content-Type of the file as served: its bytes, so a compressed dump is {@value #GZIP}
         * (as DBpedia's downloads are), and a client that reads RDF by Content-Type does not take
         * gzip for N-Triples (until 2 December 2026 Jena's {@code RDFDataMgr} read the N-Triples
         * dump's URL so and failed on its first byte).
         */
        public String servedAs() {
            return compressed() ? GZIP : mediaType;
        }

        Dump(LinkTargets target) {
            this.file = "linkset-" + target.key + ".nt";
            this.mediaType = "application/n-triples";
            this.title = "links to " + target.label + ", N-Triples";
            this.linkset = target;
        }
    }

    public static final String GZIP = "application/gzip";

    /** Files for other tools, served with the dumps: not RDF, not in the VoID, in SHA256SUMS. */
    public enum Export {
        QUICKSTATEMENTS("wikidata-memberships.qs", "text/plain; charset=utf-8"),
        MIXNMATCH("mixnmatch.csv", "text/csv; charset=utf-8"),
        W3ID("w3id.htaccess", "text/plain; charset=utf-8");

        public final String file;
        public final String mediaType;

        Export(String file, String mediaType) {
            this.file = file;
            this.mediaType = mediaType;
        }
    }

    public static final String VOID_FILE = "void.ttl";
    public static final String CHECKSUMS_FILE = "SHA256SUMS";
    /** What the dumps were made from ({@link org.w3id.scokg.project.InputManifest}); not served. */
    public static final String MANIFEST_FILE = "INPUTS";
    /**
     * The size, modification and change times and file key (inode) of {@value #CHECKSUMS_FILE} and
     * of each file it lists, as when they were written or last compared with it; not served. A start
     * that finds them all unchanged need not read the files again (rsync's quick check, with the
     * change time, which no program can set back, where the system has one): at 100 times the data
     * that read took 3 s of a 12 s start.
     */
    public static final String STATS_FILE = ".stats";

    /** The name of every file {@value #CHECKSUMS_FILE} lists: the dumps, the exports and the dataset description. */
    private static final java.util.Set<String> FILES = files();

    private DumpWriter() {}

    private static java.util.Set<String> files() {
        java.util.Set<String> names = new java.util.HashSet<>(List.of(VOID_FILE));
        for (Dump dump : Dump.values()) names.add(dump.file);
        for (Export export : Export.values()) names.add(export.file);
        return java.util.Set.copyOf(names);
    }

    /** Writes all dumps to {@code out} as {@link #write(KnowledgeGraph, Path, String)} does, the w3id rules for {@link W3idRules#DEFAULT_TARGET}. */
    public static List<Path> write(KnowledgeGraph graph, Path out) {
        return write(graph, out, W3idRules.DEFAULT_TARGET);
    }

    /**
     * Writes all dumps to {@code out}, the w3id rules pointing at {@code w3idTarget}, and returns
     * their files. A folder that already holds exactly these files, byte for byte, is left as it is
     * (it may be read-only). Temporary folders that an earlier run killed before it finished left
     * beside {@code out} are removed first.
     */
    public static List<Path> write(KnowledgeGraph graph, Path out, String w3idTarget) {
        return write(graph, out, w3idTarget, null);
    }

    /**
     * Writes all dumps as {@link #write(KnowledgeGraph, Path, String)} does, and beside them, in
     * {@value #MANIFEST_FILE}, the {@code manifest} of the inputs they were made from (none when
     * null), for {@link #current} to compare with the next run's.
     */
    public static List<Path> write(KnowledgeGraph graph, Path out, String w3idTarget, String manifest) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InputException(Location.file(out.toString()), "is not a folder; the dumps need a folder of their own");
        }
        long start = System.nanoTime();
        Map<String, byte[]> files = new LinkedHashMap<>(render(graph, w3idTarget));
        LOG.info("rendered {} dump files in {} ms", files.size(), (System.nanoTime() - start) / 1_000_000);
        List<Path> dumps = files.keySet().stream().map(target::resolve).toList();
        if (holdsExactly(target, files)) {
            if (manifest != null) recordQuietly(target, MANIFEST_FILE, manifest);
            return dumps;
        }
        if (manifest != null) files.put(MANIFEST_FILE, manifest.getBytes(StandardCharsets.UTF_8));
        StaleFolders.remove(target);
        Path temp;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        } catch (IOException e) {
            throw new InputException(Location.file(out.toString()), "cannot write: " + e.getMessage());
        }
        try {
            for (var file : files.entrySet()) Files.write(temp.resolve(file.getKey()), file.getValue());
            // A folder renamed keeps its files' keys and times.
            Files.writeString(temp.resolve(STATS_FILE), stats(temp, Files.readAllLines(temp.resolve(CHECKSUMS_FILE), StandardCharsets.UTF_8)));
            replace(temp, target);
            return dumps;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InputException(Location.file(out.toString()), "cannot write: " + e.getMessage());
        }
    }

    /**
     * True when {@code out} holds dumps made from the inputs {@code manifest} describes, each file of
     * its {@value #CHECKSUMS_FILE} whole (its SHA-256 as listed): then they need not be made again.
     * Files whose size, time and key are as {@value #STATS_FILE} recorded are not read again.
     */
    public static boolean current(Path dumps, String manifest) {
        Path out = dumps.toAbsolutePath().normalize();
        try {
            Path sums = out.resolve(CHECKSUMS_FILE);
            if (!manifest.equals(Files.readString(out.resolve(MANIFEST_FILE), StandardCharsets.UTF_8)) || !Files.isRegularFile(sums)) return false;
            List<String> lines = Files.readAllLines(sums, StandardCharsets.UTF_8);
            // Every file a build writes, each listed: a dump deleted with its line is not current.
            if (!lines.stream().map(line -> line.split("  ", 2)[1]).collect(java.util.stream.Collectors.toSet()).equals(FILES)) return false;
            String stats = stats(out, lines);
            Path recorded = out.resolve(STATS_FILE);
            if (Files.isRegularFile(recorded) && stats.equals(Files.readString(recorded, StandardCharsets.UTF_8))) return true;
            for (String line : lines) {
                String[] sumAndName = line.split("  ", 2);
                if (!sumAndName[0].equals(Checksums.sha256(Files.readAllBytes(out.resolve(sumAndName[1]))))) return false;
            }
            recordQuietly(out, STATS_FILE, stats);
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * One line for {@value #CHECKSUMS_FILE} and one per file it lists ({@code sums}): size,
     * modification time, change time (where the system keeps one) and file key. Fails on a name that
     * is not a file of {@code folder} itself.
     */
    private static String stats(Path folder, List<String> sums) throws IOException {
        List<String> names = new ArrayList<>(List.of(CHECKSUMS_FILE));
        for (String line : sums) names.add(line.split("  ", 2)[1]);
        StringBuilder stats = new StringBuilder();
        for (String name : names) {
            Path file = folder.resolve(name);
            if (!file.getParent().equals(folder)) throw new IOException(file + " is not in " + folder);
            stats.append(FileStamp.of(file)).append(' ').append(name).append('\n');
        }
        return stats.toString();
    }

    /** Records {@code text} as {@code name} beside dumps that are already right; a read-only folder keeps its old one. */
    private static void recordQuietly(Path folder, String name, String text) {
        try {
            Path temp = Files.createTempFile(folder, "." + name, "");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException readOnly) {
            // The dumps are right; without the record the next start only compares them again.
        }
    }

    private static boolean holdsExactly(Path folder, Map<String, byte[]> files) {
        try {
            for (var file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                if (!Files.isRegularFile(path) || Files.size(path) != file.getValue().length
                        || !java.util.Arrays.equals(Files.readAllBytes(path), file.getValue())) return false;
            }
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * The path, under the dumps' folder URL, that names one version of a dump by its content: {@code
     * sha256-} and the first 16 hex digits of its SHA-256, then the file's name. What it names never
     * changes, so it may be cached for good; a new build's dump has another.
     */
    public static String permanentPath(String file, String sha256) {
        return "sha256-" + sha256.substring(0, 16) + "/" + file;
    }

    /** Every dump's bytes, by file name, with the dataset description and the checksums last. */
    public static Map<String, byte[]> render(KnowledgeGraph graph) {
        return render(graph, W3idRules.DEFAULT_TARGET);
    }

    /** Every dump's bytes, by file name, the w3id rules pointing at {@code w3idTarget}. */
    public static Map<String, byte[]> render(KnowledgeGraph graph, String w3idTarget) {
        return graph.read(() -> renderInTransaction(graph, w3idTarget));
    }

    private static Map<String, byte[]> renderInTransaction(KnowledgeGraph graph, String w3idTarget) {
        // The files are rendered from the canonical copies made first (plain graphs in memory, only
        // read once made) and from nothing else, so two at a time, the longest first (the JSON-LD,
        // 34 to 39 s at x100 through Jena's writer, 5 s through JsonLdDump). Each is the same bytes whichever
        // thread renders it, and they are put in the map in one order. More at a time would hold
        // more renderings in the heap at once: two at x100 raised the live heap's peak from 3.7 to
        // 4.1 GB, and took the rendering from 90 s to 78 to 80 s (the collector's pauses are a third
        // of it either way).
        ExecutorService renderers = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "dump-renderer");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            // The canonical copies of the union and of the named graphs (the same triples twice), one
            // on a renderer, the other here, each with its own texts of the nodes: one after the
            // other they took 5.7 s at x100, a tenth of the build's CPU.
            Future<Graph> unionCopy = renderers.submit(() -> graph.read(() -> canonical(graph.union(), new HashMap<>())));
            Map<Node, String> formatted = new HashMap<>();
            Graph ontology = canonical(graph.ontology(), formatted);
            DatasetGraph named = canonical(graph.dataset(), formatted);
            formatted.clear();
            Graph union = done(unionCopy);
            Future<byte[]> jsonld = renderers.submit(() -> JsonLdDump.write(union));
            Future<Graph> statistics = renderers.submit(() -> DatasetDescription.statistics(union));
            Future<byte[]> ntriples = renderers.submit(() -> sortedLines(write(union, RDFFormat.NTRIPLES_UTF8)));
            Future<byte[]> rdfxml = renderers.submit(() -> write(union, RDFFormat.RDFXML_PLAIN));
            Future<byte[]> turtle = renderers.submit(() -> write(union, RDFFormat.TURTLE_PRETTY));
            Future<byte[]> trig = renderers.submit(() -> write(named, RDFFormat.TRIG_PRETTY));
            Future<byte[]> nquads = renderers.submit(() -> gzip(sortedLines(write(named, RDFFormat.NQUADS_UTF8))));
            // HDT is made from the sorted N-Triples, which a renderer took up before this task.
            Future<byte[]> hdt = renderers.submit(() -> HdtDump.write(done(ntriples)));
            Future<byte[]> ntriplesGzip = renderers.submit(() -> gzip(done(ntriples)));
            Future<byte[]> ontologyTurtle = renderers.submit(() -> write(ontology, RDFFormat.TURTLE_PRETTY));
            Future<byte[]> ontologyRdfxml = renderers.submit(() -> write(ontology, RDFFormat.RDFXML_PLAIN));
            Map<Dump, Future<byte[]>> linksets = new LinkedHashMap<>();
            for (Dump dump : Dump.values()) {
                if (dump.linkset != null) {
                    linksets.put(dump, renderers.submit(() -> sortedLines(write(canonical(Linksets.links(union, dump.linkset)), RDFFormat.NTRIPLES_UTF8))));
                }
            }
            Future<byte[]> quickStatements = renderers.submit(() -> WikidataExport.quickStatements(union));
            Future<byte[]> mixnmatch = renderers.submit(() -> WikidataExport.mixnmatch(union));
            files.put(Dump.TURTLE.file, done(turtle));
            files.put(Dump.TRIG.file, done(trig));
            files.put(Dump.NQUADS.file, done(nquads));
            files.put(Dump.NTRIPLES.file, done(ntriplesGzip));
            files.put(Dump.JSONLD.file, done(jsonld));
            files.put(Dump.RDFXML.file, done(rdfxml));
            files.put(Dump.HDT.file, done(hdt));
            files.put(Dump.ONTOLOGY_TURTLE.file, done(ontologyTurtle));
            files.put(Dump.ONTOLOGY_RDFXML.file, done(ontologyRdfxml));
            linksets.forEach((dump, rendered) -> files.put(dump.file, done(rendered)));
            files.put(Export.QUICKSTATEMENTS.file, done(quickStatements));
            files.put(Export.MIXNMATCH.file, done(mixnmatch));
            Node version = ontology.find(Node.ANY, OWL2.versionIRI.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
            files.put(Export.W3ID.file, W3idRules.render(w3idTarget, version == null || !version.isURI() ? null : version.getURI()));
            Graph description = DatasetDescription.describe(done(statistics), ontology, files);
            files.put(VOID_FILE, write(canonical(description), RDFFormat.TURTLE_PRETTY));
        } finally {
            renderers.shutdownNow();
        }
        files.put(CHECKSUMS_FILE, Checksums.sha256sums(files).getBytes(StandardCharsets.UTF_8));
        return files;
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

    /** The graph's triples in the order of their text ({@link NodeFmtLib#str(Triple)}), each text made once (not once per comparison). */
    static Graph canonical(Graph graph) {
        return canonical(graph, new HashMap<>());
    }

    /**
     * The graph's triples in the order of their text, {@link NodeFmtLib#str(Triple)}: the Turtle
     * forms of their three nodes, a space between. Each node's form is made once and kept in {@code
     * formatted} for the next triple that has it: subjects and predicates repeat (at x100 the union's
     * canonical order, every text made anew, then sorted and copied, took 12.7 s).
     */
    static Graph canonical(Graph graph, Map<Node, String> formatted) {
        List<Map.Entry<String, Triple>> triples = new ArrayList<>();
        graph.find().forEachRemaining(t -> triples.add(Map.entry(text(t, formatted), t)));
        triples.sort(Map.Entry.comparingByKey());
        Graph copy = GraphFactory.createGraphMem();
        triples.forEach(t -> copy.add(t.getValue()));
        copy.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        return copy;
    }

    /** {@link NodeFmtLib#str(Triple)}, each node's form taken from {@code formatted} or made and kept there. */
    static String text(Triple triple, Map<Node, String> formatted) {
        return formatted.computeIfAbsent(triple.getSubject(), NodeFmtLib::strTTL) + " " + formatted.computeIfAbsent(triple.getPredicate(), NodeFmtLib::strTTL) + " "
                + formatted.computeIfAbsent(triple.getObject(), NodeFmtLib::strTTL);
    }

    private static DatasetGraph canonical(DatasetGraph dataset, Map<Node, String> formatted) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        List<org.apache.jena.graph.Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(org.apache.jena.graph.Node::getURI));
        for (var name : names) copy.addGraph(name, canonical(dataset.getGraph(name), formatted));
        copy.prefixes().putAll(Prefixes.STANDARD);
        return copy;
    }

    private static byte[] write(Graph graph, RDFFormat format) {
        var bytes = new java.io.ByteArrayOutputStream();
        RDFWriter.source(graph).format(format).output(bytes);
        return bytes.toByteArray();
    }

    private static byte[] write(DatasetGraph dataset, RDFFormat format) {
        var bytes = new java.io.ByteArrayOutputStream();
        RDFWriter.source(dataset).format(format).output(bytes);
        return bytes.toByteArray();
    }

    /**
     * The lines of UTF-8 {@code text} in the order of {@link String#compareTo}, each ending in a
     * line feed (trailing empty lines dropped, as {@code String.split} drops them). Sorted as bytes,
     * without decoding: unsigned UTF-8 bytes order as code points do, and code points as UTF-16
     * does except for characters beyond U+FFFF, which UTF-16 puts before U+E000 to U+FFFF. Text with
     * such a character (a four-byte sequence, lead byte 0xF0 to 0xF4) is sorted as strings. At x100
     * the strings of the N-Quads' lines took some 2 GB of heap.
     */
    static byte[] sortedLines(byte[] text) {
        for (byte b : text) {
            if ((b & 0xff) >= 0xf0) return sortedLinesAsStrings(text);
        }
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < text.length) lines.add(new int[] {start, text.length});
        while (!lines.isEmpty() && lines.get(lines.size() - 1)[0] == lines.get(lines.size() - 1)[1]) lines.remove(lines.size() - 1);
        if (lines.isEmpty()) return new byte[] {'\n'};
        lines.sort((a, b) -> java.util.Arrays.compareUnsigned(text, a[0], a[1], text, b[0], b[1]));
        var sorted = new java.io.ByteArrayOutputStream(text.length + 1);
        for (int[] line : lines) {
            sorted.write(text, line[0], line[1] - line[0]);
            sorted.write('\n');
        }
        return sorted.toByteArray();
    }

    static byte[] sortedLinesAsStrings(byte[] text) {
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n");
        java.util.Arrays.sort(lines);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new java.io.ByteArrayOutputStream();
        // GZIPOutputStream writes no file name and a zero modification time: the same bytes every time.
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void replace(Path temp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteQuietly(old);
    }

    private static void deleteQuietly(Path folder) {
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeException e) {
            // Leaving a temporary folder behind is harmless; the build's result is already decided.
        }
    }
}
