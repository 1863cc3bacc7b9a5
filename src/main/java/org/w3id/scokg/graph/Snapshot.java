package org.w3id.scokg.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.project.FileStamp;

/**
 * The built graph kept between starts of {@code serve}, so that a start whose inputs have not changed
 * reads the graph instead of building it from the tables again (at 100 times the data: some 4 s
 * against 14). It is {@value #FILE} beside the dumps, in RDF Thrift (Jena's binary RDF, its terms as
 * values), with {@value #RECORD}: the manifest of the inputs it was made from, the number of its
 * quads and the file's size, times and key (inode) as written. A snapshot is read only when both are as recorded; anything else
 * (no snapshot, other inputs, a file changed, unreadable or cut short) builds the graph anew. It is
 * not a dump: it is not listed in {@code SHA256SUMS} nor served.
 *
 * <p>Every graph served in memory is made the same way: its quads added, one after another, to a
 * fresh dataset in the order the snapshot holds them. A plain in-memory graph gives its triples in
 * an order that depends on the history of its additions and removals, and queries without ORDER BY
 * see that order; a graph just built is therefore re-made from the snapshot's sequence when it is
 * {@link #keep kept}, so that a start that builds and a start that reads the snapshot serve the
 * same graph, its triples found in the same order.
 */
public final class Snapshot {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshot.class);
    /** The snapshot's file in the dumps' folder. */
    public static final String FILE = ".graph.rt";
    /** The record beside it: the inputs' manifest, the number of quads, then the file's size, times and key. */
    public static final String RECORD = ".graph.rt.record";

    private Snapshot() {}

    /**
     * Keeps {@code built} as a snapshot in {@code folder}, made from the inputs {@code manifest}
     * describes, and returns the graph a start from that snapshot reads: each quad added to a fresh
     * dataset in the order the snapshot holds them (its default graph's, then each named graph's, in
     * the order the built graph gives them). A folder that cannot be written keeps no snapshot (the
     * next start builds the graph again, slower and never wrong); the graph returned is the same.
     */
    public static KnowledgeGraph keep(KnowledgeGraph built, Path folder, String manifest) {
        List<Quad> sequence = new ArrayList<>();
        built.read(() -> {
            DatasetGraph dataset = built.dataset();
            dataset.getDefaultGraph().find().forEachRemaining(triple -> sequence.add(Quad.create(Quad.defaultGraphIRI, triple)));
            dataset.listGraphNodes().forEachRemaining(name -> dataset.getGraph(name).find().forEachRemaining(triple -> sequence.add(Quad.create(name, triple))));
            return null;
        });
        DatasetGraph settled = DatasetGraphFactory.createGeneral();
        sequence.forEach(settled::add);
        write(sequence, folder, manifest);
        return new KnowledgeGraph(settled, built.origins());
    }

    private static void write(List<Quad> sequence, Path folder, String manifest) {
        Path file = folder.resolve(FILE);
        Path temp = null;
        try {
            Files.deleteIfExists(folder.resolve(RECORD));
            removeTemporaryFiles(folder);
            temp = Files.createTempFile(folder, FILE, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT_VALUES);
                writer.start();
                sequence.forEach(writer::quad);
                writer.finish();
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // The record last, through a rename of its own: a snapshot without one is never read.
            Path record = Files.createTempFile(folder, RECORD, ".tmp");
            Files.writeString(record, manifest + quadsLine(sequence.size()) + stats(file), StandardCharsets.UTF_8);
            Files.move(record, folder.resolve(RECORD), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException | RiotException e) {
            LOG.info("the graph's snapshot was not kept in {} ({}); the next start builds the graph again", folder, e.getMessage());
            if (temp != null) deleteQuietly(temp);
        }
    }

    /**
     * The graph kept in {@code folder}, when it was made from the inputs {@code manifest} describes
     * and its file is as written; empty otherwise. What a table row a subject came from is not kept:
     * it is for validation, which inputs that have not changed need not pass again.
     */
    public static Optional<KnowledgeGraph> read(Path folder, String manifest) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(folder.resolve(RECORD))) return Optional.empty();
        try {
            String record = Files.readString(folder.resolve(RECORD), StandardCharsets.UTF_8);
            if (!record.startsWith(manifest) || !record.endsWith(stats(file))) return Optional.empty();
            long start = System.nanoTime();
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            long quads = 0;
            // Decoded on a thread of Jena's own while this one adds what it has decoded, in order:
            // the two halves of the work side by side (at x100, 2.0 s of decoding, 1.2 s of adding).
            IteratorCloseable<Quad> decoded = AsyncParser.of(RDFParser.source(file).lang(Lang.RDFTHRIFT)).asyncParseQuads();
            try {
                while (decoded.hasNext()) {
                    dataset.add(decoded.next());
                    quads++;
                }
            } finally {
                decoded.close();
            }
            // Jena's reader of RDF Thrift ends quietly where a file ends: a snapshot cut short is found by its count.
            if (!record.equals(manifest + quadsLine(quads) + stats(file))) {
                LOG.info("the graph's snapshot in {} holds {} quads, not as recorded; the graph is built from the tables", folder, quads);
                return Optional.empty();
            }
            LOG.info("read the graph from its snapshot: {} quads in {} ms", quads, (System.nanoTime() - start) / 1_000_000);
            return Optional.of(new KnowledgeGraph(dataset, Map.of()));
        } catch (IOException | RuntimeException unreadable) {
            LOG.info("the graph's snapshot in {} was not read ({}); the graph is built from the tables", folder, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** The record of the snapshot kept in {@code folder}: what it was made from and its file as written; empty when there is none. */
    public static Optional<String> record(Path folder) {
        try {
            return Optional.of(Files.readString(folder.resolve(RECORD), StandardCharsets.UTF_8));
        } catch (IOException none) {
            return Optional.empty();
        }
    }

    private static String quadsLine(long quads) {
        return "quads " + quads + "\n";
    }

    /** The file's stamp ({@link FileStamp}), one line: any write to it changes its change time at least. */
    private static String stats(Path file) throws IOException {
        return FileStamp.of(file) + " " + FILE + "\n";
    }

    /** Removes the temporary files of writes that did not finish (a process killed while writing). */
    private static void removeTemporaryFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(FILE) && f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("{} was not removed; the next snapshot written removes it", file, e);
        }
    }
}
