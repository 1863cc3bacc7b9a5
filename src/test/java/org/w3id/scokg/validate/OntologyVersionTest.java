package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.vocab.SCO;

/**
 * A version of the ontology is one content: a vocabulary's version IRI names a document that does
 * not change (what LOV and the W3C's practice for vocabularies expect), so the triples of
 * {@code ontology/sco.ttl} are pinned to its {@code owl:versionInfo} by their fingerprint in
 * {@code ontology/versions/fingerprints.csv}, as each earlier version's are to its file. Until 6
 * December 2026 nothing held them: 0.2.0 gained terms, labels and declarations from 30 November to 5
 * December under one version IRI.
 */
class OntologyVersionTest {
    private static final Path ONTOLOGY = ProjectCopy.ROOT.resolve("ontology/sco.ttl");
    private static final Path VERSIONS = ProjectCopy.ROOT.resolve("ontology/versions");
    private static final Node HEADER = NodeFactory.createURI(SCO.ONTOLOGY);
    /** What a new version changes in the header itself, and only that: left out of the fingerprint. */
    private static final Set<Node> VERSION_ANNOTATIONS = Set.of(OWL.versionIRI.asNode(), OWL.versionInfo.asNode(), OWL.priorVersion.asNode(),
            DCTerms.modified.asNode(), DCTerms.bibliographicCitation.asNode());

    @Test
    void the_ontologys_triples_are_those_its_version_was_published_with() throws IOException {
        Graph ontology = RDFParser.source(ONTOLOGY).toGraph();
        String version = versionInfo(ontology);
        String recorded = fingerprints().get(version);
        String actual = fingerprint(ontology);
        assertTrue(recorded != null, "version " + version + " has no line in ontology/versions/fingerprints.csv: once its content is final, add "
                + version + "," + actual);
        assertEquals(recorded, actual, "ontology/sco.ttl's triples differ from those version " + version + " was published with: "
                + "a change to the ontology is a new version. Copy the file as it was into ontology/versions/" + version + ".ttl, raise "
                + "owl:versionInfo, owl:versionIRI and the citation, name " + version + " as owl:priorVersion, set dcterms:modified, and add "
                + "the new version to ontology/versions/fingerprints.csv with the fingerprint this test prints (its triples' now: " + actual + ")");
        assertEquals(SCO.ONTOLOGY + "/" + version, ontology.find(HEADER, OWL.versionIRI.asNode(), Node.ANY).next().getObject().getURI(),
                "the version IRI names the version");
    }

    @Test
    void each_earlier_version_is_kept_as_it_was_published() throws IOException {
        Map<String, String> recorded = fingerprints();
        Graph current = RDFParser.source(ONTOLOGY).toGraph();
        String prior = current.find(HEADER, OWL.priorVersion.asNode(), Node.ANY).next().getObject().getURI();
        assertTrue(Files.exists(VERSIONS.resolve(prior.substring(prior.lastIndexOf('/') + 1) + ".ttl")), "the prior version's file: " + prior);
        try (var files = Files.list(VERSIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                Graph earlier = RDFParser.source(file).toGraph();
                String version = versionInfo(earlier);
                assertEquals(file.getFileName().toString(), version + ".ttl", "a version's file is named after it");
                assertNotEquals(versionInfo(current), version, "the current version is ontology/sco.ttl, not a kept copy");
                assertEquals(recorded.get(version), fingerprint(earlier), file + " changed after it was published");
            }
        }
    }

    /** The fingerprint sees a change of any triple but the version's own annotations, and not a change of the file's layout. */
    @Test
    void the_fingerprint_sees_a_changed_triple_and_not_a_rewritten_file() {
        Graph ontology = RDFParser.source(ONTOLOGY).toGraph();
        String fingerprint = fingerprint(ontology);
        Graph rewritten = GraphFactory.createGraphMem();
        List<Triple> triples = new java.util.ArrayList<>(ontology.find().toList());
        java.util.Collections.reverse(triples);
        triples.forEach(rewritten::add);
        assertEquals(fingerprint, fingerprint(rewritten));
        Graph bumped = GraphFactory.createGraphMem();
        ontology.find().forEachRemaining(t -> {
            if (!VERSION_ANNOTATIONS.contains(t.getPredicate()) || !t.getSubject().equals(HEADER)) bumped.add(t);
        });
        bumped.add(Triple.create(HEADER, OWL.versionInfo.asNode(), NodeFactory.createLiteralString("9.9.9")));
        assertEquals(fingerprint, fingerprint(bumped), "a new version's own annotations are not its content");
        Triple label = ontology.find(Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).next();
        Graph relabelled = GraphFactory.createGraphMem();
        ontology.find().forEachRemaining(relabelled::add);
        relabelled.delete(label);
        relabelled.add(Triple.create(label.getSubject(), label.getPredicate(), NodeFactory.createLiteralLang(label.getObject().getLiteralLexicalForm() + " ", "en")));
        assertNotEquals(fingerprint, fingerprint(relabelled), "a label changed by a space is another content");
    }

    private static String versionInfo(Graph ontology) {
        List<Triple> info = ontology.find(HEADER, OWL.versionInfo.asNode(), Node.ANY).toList();
        assertEquals(1, info.size(), "one owl:versionInfo");
        return info.get(0).getObject().getLiteralLexicalForm();
    }

    /** The SHA-256 of the graph's triples as sorted N-Triples lines, the header's version annotations left out (the file has no blank nodes). */
    static String fingerprint(Graph ontology) {
        List<String> lines = ontology.find().filterDrop(t -> t.getSubject().equals(HEADER) && VERSION_ANNOTATIONS.contains(t.getPredicate()))
                .mapWith(t -> {
                    assertTrue(!t.getSubject().isBlank() && !t.getObject().isBlank(), "no blank nodes: " + t);
                    return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " .\n";
                })
                .toList().stream().sorted().toList();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> sha256.update(line.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ontology/versions/fingerprints.csv: a header line, then {@code version,sha256} per version. */
    private static Map<String, String> fingerprints() throws IOException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(VERSIONS.resolve("fingerprints.csv"), StandardCharsets.UTF_8);
        assertEquals("version,sha256", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            fingerprints.put(cells[0], cells[1]);
        }
        return fingerprints;
    }
}
