package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.TestGraph;

/** A start that reads the graph's snapshot serves the graph a start that builds it serves: the same quads, found in the same order. */
class SnapshotTest {
    private static final String INPUTS = "0123  data/states.csv\nw3id-target https://example.org\n";
    private final KnowledgeGraph built = TestGraph.real();

    private static List<Node> names(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_graph_read_is_the_graph_kept_triple_for_triple_in_order(@TempDir Path folder) {
        KnowledgeGraph settled = Snapshot.keep(built, folder, INPUTS);
        assertEquals(built.dataset().stream().collect(Collectors.toSet()), settled.dataset().stream().collect(Collectors.toSet()), "settling keeps every quad");

        DatasetGraph read = Snapshot.read(folder, INPUTS).orElseThrow().dataset();
        assertEquals(names(settled.dataset()), names(read), "the named graphs, in one order");
        for (Node name : names(read)) {
            List<Triple> expected = settled.dataset().getGraph(name).find().toList();
            assertEquals(expected, read.getGraph(name).find().toList(), name + ": the same triples, found in the same order");
            assertFalse(expected.isEmpty(), name + " holds triples");
        }
        assertEquals(KnowledgeGraph.copyOfUnion(settled.dataset()).find().toList(), KnowledgeGraph.copyOfUnion(read).find().toList(),
                "the union queries see, in the same order");
        assertTrue(read.getDefaultGraph().isEmpty());
        assertEquals(0, read.stream().filter(quad -> quad.getSubject().isBlank() || quad.getObject().isBlank()).count());

    }

    @Test
    void a_snapshot_of_other_inputs_or_changed_since_is_not_read(@TempDir Path folder) throws IOException {
        assertTrue(Snapshot.read(folder, INPUTS).isEmpty(), "no snapshot");
        Snapshot.keep(built, folder, INPUTS);
        assertTrue(Snapshot.read(folder, INPUTS.replace("0123", "4567")).isEmpty(), "made from other inputs");
        assertTrue(Snapshot.read(folder, INPUTS).isPresent());

        // The same bytes written again in place: its change time moves, so it is not taken as written.
        Path file = folder.resolve(Snapshot.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING);
        assertTrue(Snapshot.read(folder, INPUTS).isEmpty(), "changed since it was written");

        // Cut short, its record made to match: read, found broken, and refused whole.
        Snapshot.keep(built, folder, INPUTS);
        Path record = folder.resolve(Snapshot.RECORD);
        String recorded = Files.readString(record);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2), StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(record, recorded.substring(0, recorded.lastIndexOf('\n', recorded.length() - 2) + 1) + statsLine(file));
        assertTrue(Snapshot.read(folder, INPUTS).isEmpty(), "a snapshot cut short");
    }

    /** The record's line for {@code file} as {@link Snapshot} writes it. */
    private static String statsLine(Path file) throws IOException {
        var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime() + " " + Files.getAttribute(file, "unix:ctime") + " " + attributes.fileKey() + " "
                + Snapshot.FILE + "\n";
    }
}
