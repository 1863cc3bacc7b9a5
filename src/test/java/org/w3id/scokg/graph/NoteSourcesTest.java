package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * A note ({@code skos:editorialNote}) is sco-kg's own statement, credited to source/sco-kg alone,
 * unless its row names a source of its own for it ({@code note_source}): then that source is its
 * support, as for any other column (issue 12; until 5 December 2026 every note was sco-kg's,
 * also those that stated outside facts).
 */
class NoteSourcesTest {
    private static final Node EDITORIAL_NOTE = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#editorialNote");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node HAS_SOURCE = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSource");

    /** A row with a note, and the note's triples in graph/data (the thing the row is about, the note's text at its end). */
    private record Noted(Table.Row row, List<Triple> triples) {}

    static List<Table> tables() throws IOException {
        Path data = ProjectCopy.ROOT.resolve("data");
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted()
                    .map(p -> Table.read(p, "data/" + p.getFileName())).toList();
        }
    }

    private static List<Noted> notedRows() throws IOException {
        Graph data = TestGraph.real().data();
        List<Noted> noted = new ArrayList<>();
        for (Table table : tables()) {
            for (Table.Row row : table.rows()) {
                String note = row.get("note");
                if (note == null) continue;
                String thing = "/" + row.get(table.header().get(0));
                List<Triple> triples = data.find(Node.ANY, EDITORIAL_NOTE, Node.ANY)
                        .filterKeep(t -> t.getSubject().getURI().endsWith(thing) && t.getObject().getLiteralLexicalForm().endsWith(note))
                        .toList();
                noted.add(new Noted(row, triples));
            }
        }
        return noted;
    }

    /** The keys of the sources a triple of graph/data is derived from, an excerpt counted as its source. */
    private static Set<String> sourceKeys(Triple triple) {
        Graph provenance = TestGraph.real().provenance();
        Set<String> keys = new TreeSet<>();
        provenance.find(Node.ANY, RDF.subject.asNode(), triple.getSubject()).forEachRemaining(s -> {
            Node statement = s.getSubject();
            if (!provenance.contains(statement, RDF.predicate.asNode(), triple.getPredicate())
                    || !provenance.contains(statement, RDF.object.asNode(), triple.getObject())) return;
            provenance.find(statement, DERIVED_FROM, Node.ANY).forEachRemaining(d -> {
                Node source = d.getObject();
                if (provenance.contains(source, HAS_SOURCE, Node.ANY)) source = provenance.find(source, HAS_SOURCE, Node.ANY).next().getObject();
                keys.add(source.getURI().substring((SCO.ID + "source/").length()));
            });
        });
        return keys;
    }

    @Test
    void a_note_with_note_source_cites_that_source_and_one_without_cites_sco_kg_alone() throws IOException {
        Set<String> wrong = new TreeSet<>();
        int cited = 0;
        for (Noted noted : notedRows()) {
            String keys = noted.row().get("note_source");
            Set<String> expected = keys == null ? Set.of("sco-kg") : Arrays.stream(keys.split("\\s*;\\s*")).collect(Collectors.toSet());
            if (keys != null) cited++;
            if (noted.triples().isEmpty()) wrong.add(noted.row().at("note") + ": no skos:editorialNote ends with the note");
            for (Triple t : noted.triples()) {
                if (!sourceKeys(t).equals(expected)) wrong.add(noted.row().at("note") + ": " + sourceKeys(t) + ", not " + expected);
            }
        }
        assertEquals(Set.of(), wrong);
        assertTrue(cited > 0, "some notes cite a source of their own");
    }

    @Test
    void the_tianjin_summits_documents_rest_on_the_report_that_counts_them() {
        Node tianjin = NodeFactory.createURI(SCO.ID + "event/tianjin-summit-2025");
        Triple note = TestGraph.real().data().find(tianjin, EDITORIAL_NOTE, Node.ANY).next();
        assertTrue(note.getObject().getLiteralLexicalForm().contains("24 other documents"));
        assertEquals(Set.of("newscentralasia-tianjin"), sourceKeys(note));
    }

    @Test
    void a_names_note_begins_with_its_names_and_is_sco_kgs_own() {
        Node sco = NodeFactory.createURI(SCO.ID + "organization/SCO");
        Triple note = Triple.create(sco, EDITORIAL_NOTE, NodeFactory.createLiteralLang("“ШОС”: The abbreviation of the Russian name in the infobox.", "en"));
        assertEquals(Set.of("sco-kg"), sourceKeys(note));
    }
}
