package org.w3id.scokg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rdfhdt.hdt.exceptions.NotFoundException;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.triples.IteratorTripleString;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.vocab.SCO;
import org.w3id.scokg.vocab.VOID;

class DumpWriterTest {
    private static final Map<String, byte[]> DUMPS = DumpRenderer.render(TestGraph.real());

    @TempDir
    static Path temp;
    /** The files {@link #buildAgainOverAnOldOutput} wrote. */
    private static List<Path> rewritten;

    /**
     * A second build of the same inputs, its dumps written over an output folder holding a stale
     * file: one rendering for two claims, since each takes seconds.
     */
    @BeforeAll
    static void buildAgainOverAnOldOutput() throws IOException {
        Path out = temp.resolve("dist");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.txt"), "old");
        KnowledgeGraph again = GraphBuilder.build(ProjectCopy.ROOT);
        rewritten = DumpWriter.write(again, out);
    }

    @Test
    void the_same_inputs_give_the_same_bytes() throws IOException {
        assertEquals(DUMPS.keySet(), rewritten.stream().map(file -> file.getFileName().toString()).collect(Collectors.toSet()));
        for (Path file : rewritten) assertArrayEquals(DUMPS.get(file.getFileName().toString()), Files.readAllBytes(file), file.toString());
    }

    /**
     * The dataset has a version a citer can give (a review on 5 December 2026 found none): the
     * ontology's version and the N-Triples dump's checksum, so the same inputs give the same version
     * (the second build's void.ttl) and a changed triple or ontology version another.
     */
    @Test
    void void_gives_a_version_made_from_the_inputs() throws IOException {
        Graph description = RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).toGraph();
        String version = DatasetDescription.version(description);
        String ontologyVersion = TestGraph.real().ontology().find(NodeFactory.createURI(SCO.ONTOLOGY), org.apache.jena.vocabulary.OWL2.versionInfo.asNode(), Node.ANY)
                .next().getObject().getLiteralLexicalForm();
        assertEquals(ontologyVersion + "+" + Checksums.sha256(DUMPS.get(Dump.NTRIPLES.file)).substring(0, 12), version);
        Path again = rewritten.stream().filter(file -> file.getFileName().toString().equals(DumpWriter.VOID_FILE)).findFirst().orElseThrow();
        assertEquals(version, DatasetDescription.version(RDFParser.source(again).lang(Lang.TURTLE).toGraph()), "a second build of the same inputs");
        Map<String, byte[]> changed = new java.util.HashMap<>(DUMPS);
        changed.put(Dump.NTRIPLES.file, "<https://w3id.org/sco-kg/id/x> <https://w3id.org/sco-kg/id/y> \"z\" .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(version.equals(DatasetDescription.version(TestGraph.real().ontology(), changed)), "a changed triple");
        Graph otherOntology = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        otherOntology.add(NodeFactory.createURI(SCO.ONTOLOGY), org.apache.jena.vocabulary.OWL2.versionInfo.asNode(), NodeFactory.createLiteralString("9.9.9"));
        assertTrue(DatasetDescription.version(otherOntology, DUMPS).startsWith("9.9.9+"), "a changed ontology version");
    }

    @ParameterizedTest
    @EnumSource(Dump.class)
    void every_dump_reads_back_with_rdf4j_as_the_same_graph(Dump dump) throws IOException {
        byte[] bytes = DUMPS.get(dump.file);
        if (dump == Dump.HDT) {
            assertTrue(TestGraph.real().union().isIsomorphicWith(fromHdt(bytes)), "HDT, read back with hdt-java");
            return;
        }
        RDFFormat format = Rio.getParserFormatForFileName(dump.file.replace(".gz", "")).orElseThrow();
        try (InputStream in = dump.file.endsWith(".gz") ? new GZIPInputStream(new ByteArrayInputStream(bytes)) : new ByteArrayInputStream(bytes)) {
            Model model = Rio.parse(in, SCO.BASE, format);
            boolean quads = dump == Dump.TRIG || dump == Dump.NQUADS;
            KnowledgeGraph graph = TestGraph.real();
            if (dump.linkset != null) {
                Graph links = Linksets.links(graph.union(), dump.linkset);
                assertFalse(links.isEmpty(), dump.file);
                assertTrue(links.isIsomorphicWith(toJena(model)), dump.file);
            } else if (dump.file.startsWith("ontology")) {
                assertTrue(graph.ontology().isIsomorphicWith(toJena(model)), dump.file);
            } else if (quads) {
                for (Resource context : model.contexts()) {
                    Graph expected = graph.dataset().getGraph(NodeFactory.createURI(context.stringValue()));
                    assertTrue(expected.isIsomorphicWith(toJena(model.filter(null, null, null, context))), dump.file + " " + context);
                }
                assertEquals(4, model.contexts().size(), "the four named graphs");
            } else {
                assertTrue(graph.union().isIsomorphicWith(toJena(model)), dump.file);
            }
        }
    }

    /**
     * The HDT made from the graph's triples is, byte for byte, the one hdt-java makes when it reads
     * the graph's N-Triples itself (as the dump was made until 5 December 2026), whatever the order
     * the triples come in.
     */
    @Test
    void the_hdt_is_the_one_hdt_java_makes_from_the_n_triples() throws IOException, org.rdfhdt.hdt.exceptions.ParserException {
        byte[] ntriples;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(DUMPS.get(Dump.NTRIPLES.file)))) {
            ntriples = in.readAllBytes();
        }
        byte[] parsed;
        try (HDT hdt = HDTManager.generateHDT(new ByteArrayInputStream(ntriples), DatasetDescription.DATASET.getURI(), org.rdfhdt.hdt.enums.RDFNotation.NTRIPLES,
                org.rdfhdt.hdt.options.HDTOptions.of(), null)) {
            hdt.getHeader().remove("", "http://purl.org/dc/terms/issued", "");
            hdt.getHeader().remove("", "http://purl.org/HDT/hdt#publicationInformation", "");
            var out = new java.io.ByteArrayOutputStream();
            hdt.saveToHDT(out, null);
            parsed = out.toByteArray();
        }
        assertArrayEquals(parsed, DUMPS.get(Dump.HDT.file), "from the triples and from the N-Triples");
        List<Triple> shuffled = new java.util.ArrayList<>(TestGraph.real().union().find().toList());
        java.util.Collections.shuffle(shuffled, new java.util.Random(5));
        Graph reordered = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        shuffled.forEach(reordered::add);
        assertArrayEquals(parsed, HdtDump.write(reordered), "from the triples in another order");
    }

    /** The triples of an HDT file, read with hdt-java and written as N-Triples for Jena. */
    private static Graph fromHdt(byte[] bytes) throws IOException {
        StringBuilder nt = new StringBuilder();
        try (HDT hdt = HDTManager.loadHDT(new ByteArrayInputStream(bytes))) {
            IteratorTripleString triples = hdt.search("", "", "");
            while (triples.hasNext()) nt.append(triples.next().asNtriple());
        } catch (NotFoundException e) {
            throw new AssertionError("an empty HDT", e);
        }
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(nt.toString().getBytes(StandardCharsets.UTF_8))).lang(Lang.NTRIPLES).parse(graph);
        return graph;
    }

    /** RDF4J's model, written by RDF4J as N-Triples and read by Jena. */
    private static Graph toJena(Model model) {
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        Rio.write(model, nt, RDFFormat.NTRIPLES);
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(nt.toByteArray())).lang(Lang.NTRIPLES).parse(dataset);
        return dataset.getDefaultGraph();
    }

    /**
     * The VoID statistics are sco-kg's engine's answer to void.rq (since 6 December 2026), and it is
     * plain ARQ's, over the real graph's union and over one where a predicate's triples are counted
     * from its index while another's filter is read triple by triple.
     */
    @Test
    void the_statistics_are_plain_arqs_answer() {
        org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(DatasetDescription.resource("void.rq"));
        Graph union = org.w3id.scokg.graph.KnowledgeGraph.copyOfUnion(TestGraph.real().dataset());
        Graph small = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        small.add(Triple.create(NodeFactory.createURI("https://w3id.org/sco-kg/id/state/XX"), NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q1")));
        small.add(Triple.create(NodeFactory.createURI("http://example.org/elsewhere"), NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q2")));
        small.add(Triple.create(NodeFactory.createURI("https://w3id.org/sco-kg/id/state/XX"), RDF.type.asNode(), NodeFactory.createURI("http://example.org/C")));
        for (Graph graph : List.of(union, small)) {
            Graph plain = org.apache.jena.sparql.exec.QueryExec.graph(graph).query(query).construct();
            Graph ours = DatasetDescription.statistics(graph);
            assertTrue(plain.size() > 0);
            assertTrue(plain.isIsomorphicWith(ours), "sco-kg's engine and plain ARQ differ on void.rq");
        }
    }

    @Test
    void checksums_match_the_files() {
        String sums = new String(DUMPS.get(DumpWriter.CHECKSUMS_FILE), StandardCharsets.UTF_8);
        DUMPS.forEach((name, bytes) -> {
            if (!name.equals(DumpWriter.CHECKSUMS_FILE)) assertTrue(sums.contains(Checksums.sha256(bytes) + "  " + name + "\n"), name);
        });
    }

    @Test
    void the_description_gives_counts_linksets_and_checksums() {
        Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).parse(description);
        Node dataset = DatasetDescription.DATASET;
        String voidNs = "http://rdfs.org/ns/void#";
        long triples = Long.parseLong(description.find(dataset, NodeFactory.createURI(voidNs + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(TestGraph.real().union().size(), triples);
        // VoID 4.5: every described thing in the URI space, the replaced keys (untyped) included.
        long entities = Long.parseLong(description.find(dataset, NodeFactory.createURI(voidNs + "entities"), Node.ANY).next().getObject().getLiteralLexicalForm());
        long described = TestGraph.real().union().find().mapWith(t -> t.getSubject()).filterKeep(s -> s.isURI() && s.getURI().startsWith(SCO.ID)).toSet().size();
        assertEquals(described, entities);
        Node wikidataLinks = NodeFactory.createURI(SCO.BASE + "void#linkset-wikidata");
        long links = Long.parseLong(description.find(wikidataLinks, NodeFactory.createURI(voidNs + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(33, links, "27 states, the SCO, UN, UNGA and three cities by owl:sameAs; the Council of Europe's unverified item (skos:exactMatch) is not offered");
        Node ttl = NodeFactory.createURI(SCO.BASE + "dumps/sco-kg.ttl#sha256");
        String value = description.find(ttl, NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue"), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertEquals(Checksums.sha256(DUMPS.get("sco-kg.ttl")), value);
        description.find().forEachRemaining(t -> assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t.toString()));
        // The ontology's files are the ontology subset's, not dumps of the whole dataset (a review on 2 December 2026).
        Node dataDump = NodeFactory.createURI(voidNs + "dataDump");
        Node ontologyTtl = NodeFactory.createURI(SCO.BASE + "dumps/ontology.ttl");
        assertFalse(description.contains(dataset, dataDump, ontologyTtl));
        assertFalse(description.contains(dataset, org.apache.jena.vocabulary.DCAT.distribution.asNode(), ontologyTtl));
        assertTrue(description.contains(DatasetDescription.ONTOLOGY, dataDump, ontologyTtl));
        assertTrue(description.contains(dataset, NodeFactory.createURI(voidNs + "subset"), DatasetDescription.ONTOLOGY));
        long ontologyTriples = Long.parseLong(description.find(DatasetDescription.ONTOLOGY, NodeFactory.createURI(voidNs + "triples"), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        assertEquals(TestGraph.real().ontology().size(), ontologyTriples);
        assertTrue(description.contains(dataset, dataDump, NodeFactory.createURI(SCO.BASE + "dumps/sco-kg.ttl")));
    }

    /**
     * Each named graph is a subset of the dataset with its own count, read from the graph (until a
     * review on 6 December 2026 the ontology's alone was): sd:name names the graph, and the subsets'
     * triples add up to the named graphs' triples, which the union's are at most.
     */
    @Test
    void each_named_graph_is_a_subset_counted_from_the_graph() {
        Graph description = RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).toGraph();
        Node sdName = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#name");
        DatasetGraph dataset = TestGraph.real().dataset();
        List<Node> names = new java.util.ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        assertEquals(Set.of(SCO.GRAPH_ONTOLOGY, SCO.GRAPH_DATA, SCO.GRAPH_PROVENANCE, SCO.GRAPH_INFERRED), Set.copyOf(names));
        for (Node name : names) {
            List<Node> subsets = description.find(Node.ANY, sdName, name).mapWith(Triple::getSubject).toList();
            assertEquals(1, subsets.size(), name + ": " + subsets);
            Node subset = subsets.get(0);
            assertEquals(name.equals(SCO.GRAPH_ONTOLOGY) ? DatasetDescription.ONTOLOGY : DatasetDescription.graphSubset(name), subset);
            assertTrue(description.contains(DatasetDescription.DATASET, VOID.subset, subset), subset.toString());
            assertTrue(description.contains(subset, RDF.type.asNode(), VOID.Dataset), subset.toString());
            long triples = Long.parseLong(description.find(subset, VOID.triples, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals(dataset.getGraph(name).size(), triples, name.toString());
        }
    }

    /**
     * The services that serve the dataset are DCAT data services, each at its address with the
     * specification it follows (the SPARQL endpoint alone was named until a review on 6 December
     * 2026); each address answers at the server ({@code NamespacesIT}).
     */
    @Test
    void the_description_names_each_service_its_address_and_specification() {
        Graph description = RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).toGraph();
        Map<String, Set<String>> expected = Map.of(
                "sparql", Set.of("http://www.w3.org/TR/sparql11-protocol/"),
                "fragments", Set.of("https://linkeddatafragments.org/specification/triple-pattern-fragments/",
                        "https://linkeddatafragments.org/specification/quad-pattern-fragments/"),
                "reconcile", Set.of("https://www.w3.org/community/reports/reconciliation/CG-FINAL-specs-0.2-20230410/"));
        Set<Node> services = description.find(Node.ANY, org.apache.jena.vocabulary.DCAT.servesDataset.asNode(), DatasetDescription.DATASET).mapWith(Triple::getSubject).toSet();
        assertEquals(expected.size(), services.size(), services.toString());
        expected.forEach((route, specifications) -> {
            Node service = NodeFactory.createURI(SCO.BASE + "void#service-" + route);
            Node address = NodeFactory.createURI(SCO.BASE + route);
            assertTrue(description.contains(service, RDF.type.asNode(), org.apache.jena.vocabulary.DCAT.DataService.asNode()), route);
            assertTrue(description.contains(service, org.apache.jena.vocabulary.DCAT.endpointURL.asNode(), address), route);
            assertTrue(description.contains(service, org.apache.jena.vocabulary.DCAT.endpointDescription.asNode(), address), route);
            Set<String> followed = description.find(service, DCTerms.conformsTo.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet();
            assertEquals(specifications, followed, route);
        });
    }

    /**
     * The exports for Wikidata are distributions of the dataset with their media type, size and
     * SHA-256, the bytes' own; not RDF, so no void:dataDump (in no description until a review on 6
     * December 2026). The w3id rules, the server's configuration, are no distribution.
     */
    @Test
    void the_exports_for_wikidata_are_distributions_of_the_dataset() {
        Graph description = RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).toGraph();
        Node distribution = org.apache.jena.vocabulary.DCAT.distribution.asNode();
        Map<String, String> types = Map.of("wikidata-memberships.qs", "text/plain", "mixnmatch.csv", "text/csv");
        types.forEach((name, type) -> {
            Node file = NodeFactory.createURI(SCO.BASE + "dumps/" + name);
            assertTrue(description.contains(DatasetDescription.DATASET, distribution, file), name);
            assertFalse(description.contains(Node.ANY, VOID.dataDump, file), name);
            assertTrue(description.contains(file, org.apache.jena.vocabulary.DCAT.mediaType.asNode(), NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + type)), name);
            long size = Long.parseLong(description.find(file, org.apache.jena.vocabulary.DCAT.byteSize.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals(DUMPS.get(name).length, size, name);
            Node sum = NodeFactory.createURI(SCO.BASE + "dumps/" + name + "#sha256");
            assertEquals(Checksums.sha256(DUMPS.get(name)), description.find(sum, VOID.checksumValue, Node.ANY).next().getObject().getLiteralLexicalForm(), name);
            assertTrue(description.contains(file, org.apache.jena.vocabulary.DCAT.downloadURL.asNode(),
                    NodeFactory.createURI(SCO.BASE + "dumps/" + DumpWriter.permanentPath(name, Checksums.sha256(DUMPS.get(name))))), name);
        });
        assertFalse(description.contains(Node.ANY, distribution, NodeFactory.createURI(SCO.BASE + "dumps/" + Export.W3ID.file)));
    }

    /**
     * The vocabularies are those whose properties and classes the published graphs use (until 2
     * December 2026 the description named sco: alone), and who published and made the dataset is
     * what the ontology says of itself.
     */
    @Test
    void the_description_names_every_vocabulary_the_data_uses_and_the_ontologys_publisher_and_creator() {
        Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).parse(description);
        Graph union = TestGraph.real().union();
        Set<String> used = new TreeSet<>();
        union.find().forEachRemaining(t -> {
            used.add(t.getPredicate().getURI().replaceFirst("[^#/]*$", ""));
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) used.add(t.getObject().getURI().replaceFirst("[^#/]*$", ""));
        });
        Set<String> named = description.find(DatasetDescription.DATASET, NodeFactory.createURI("http://rdfs.org/ns/void#vocabulary"), Node.ANY)
                .mapWith(t -> t.getObject().getURI()).toList().stream().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(used, named);
        assertTrue(named.containsAll(List.of(SCO.NS, "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#",
                "http://schema.org/", "http://www.w3.org/2006/time#", "http://www.w3.org/ns/oa#", "http://purl.org/dc/terms/")), named.toString());
        Node ontology = NodeFactory.createURI(SCO.ONTOLOGY);
        Node name = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
        for (String role : List.of("publisher", "creator")) {
            Node byName = NodeFactory.createURI(DC_11.NS + role);
            Set<Node> stated = union.find(ontology, byName, Node.ANY).mapWith(t -> t.getObject()).toSet();
            assertFalse(stated.isEmpty(), "the ontology says " + byName);
            assertEquals(stated, description.find(DatasetDescription.DATASET, byName, Node.ANY).mapWith(t -> t.getObject()).toSet());
            // DCAT's dcterms:publisher and dcterms:creator name an agent, whose name is the ontology's.
            List<Node> agents = description.find(DatasetDescription.DATASET, NodeFactory.createURI(DCTerms.NS + role), Node.ANY).mapWith(t -> t.getObject()).toList();
            assertEquals(1, agents.size(), role);
            assertTrue(agents.get(0).isURI() && agents.get(0).getURI().startsWith("https://w3id.org/sco-kg/void#"), agents.toString());
            assertTrue(description.contains(agents.get(0), RDF.type.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/Agent")), role);
            assertEquals(stated, description.find(agents.get(0), name, Node.ANY).mapWith(t -> t.getObject()).toSet());
        }
    }

    /**
     * The dataset conforms to the ontology's version that is built with it, as the ontology names it
     * (owl:versionIRI): until 6 December 2026 void.rq wrote 0.2.0 itself, which a new version left behind.
     */
    @Test
    void the_dataset_conforms_to_the_ontologys_own_version_iri() {
        Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).parse(description);
        Set<Node> version = TestGraph.real().ontology().find(NodeFactory.createURI(SCO.ONTOLOGY), OWL2.versionIRI.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
        assertEquals(1, version.size(), "one owl:versionIRI");
        assertEquals(version, description.find(DatasetDescription.DATASET, DCTerms.conformsTo.asNode(), Node.ANY).mapWith(Triple::getObject).toSet());
    }

    /**
     * A review of 4 December 2026: a source's publisher, the ontology's and the dataset's were names
     * under dcterms:publisher and dcterms:creator, whose range is an agent (DCMI), and which DCAT-AP's
     * shapes refuse as literals. A name is dc:publisher (DCMI's elements, for literals) now.
     */
    @Test
    void no_dcterms_publisher_or_creator_is_a_literal() {
        Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).parse(description);
        for (Graph graph : List.of(TestGraph.real().union(), description)) {
            for (Node property : List.of(DCTerms.publisher.asNode(), DCTerms.creator.asNode())) {
                List<Triple> literal = graph.find(Node.ANY, property, Node.ANY).filterKeep(t -> t.getObject().isLiteral()).toList();
                assertEquals(List.of(), literal, property.toString());
            }
        }
        Node source = NodeFactory.createURI(SCO.ID + "source/ccdcoe-sco");
        assertTrue(TestGraph.real().union().contains(source, NodeFactory.createURI(DC_11.NS + "publisher"), Node.ANY), "a source's publisher by name");
    }

    /** India's GeoNames feature as GeoNames' ontology documentation and DBpedia write its IRI (https:// until 5 December 2026). */
    @Test
    void geonames_features_are_linked_as_geonames_names_them() {
        Graph links = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(DUMPS.get(Dump.LINKSET_GEONAMES.file))).lang(Lang.NTRIPLES).parse(links);
        assertTrue(links.contains(NodeFactory.createURI(SCO.ID + "state/IN"), NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch"),
                NodeFactory.createURI("http://sws.geonames.org/1269750/")), links.find().toList().toString());
    }

    @Test
    void each_linkset_is_described_with_its_targets_predicate_count_licence_and_dump() {
        Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).parse(description);
        String voidNs = "http://rdfs.org/ns/void#";
        for (Dump dump : Dump.values()) {
            if (dump.linkset == null) continue;
            Node linkset = NodeFactory.createURI(SCO.BASE + "void#linkset-" + dump.linkset.key);
            Node file = NodeFactory.createURI(SCO.BASE + "dumps/" + dump.file);
            assertTrue(description.contains(linkset, NodeFactory.createURI(voidNs + "subjectsTarget"), DatasetDescription.DATASET), dump.file);
            assertTrue(description.contains(linkset, NodeFactory.createURI(voidNs + "objectsTarget"), NodeFactory.createURI(SCO.BASE + "void#" + dump.linkset.key)));
            Node predicate = NodeFactory.createURI(dump.linkset.linkPredicate);
            assertTrue(description.contains(linkset, NodeFactory.createURI(voidNs + "linkPredicate"), predicate), dump.file);
            assertEquals(1, description.find(linkset, NodeFactory.createURI(voidNs + "linkPredicate"), Node.ANY).toList().size(), dump.file);
            Graph links = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            RDFParser.source(new ByteArrayInputStream(DUMPS.get(dump.file))).lang(Lang.NTRIPLES).parse(links);
            links.find().forEachRemaining(t -> assertEquals(predicate, t.getPredicate(), dump.file + ": " + t));
            // Each link's object is an IRI as the target writes its own (GeoNames' features with http://,
            // as its ontology documentation and DBpedia write them: https:// until 5 December 2026), in the
            // space the description gives.
            links.find().forEachRemaining(t -> assertTrue(t.getObject().getURI().startsWith(dump.linkset.namespace), dump.file + ": " + t));
            assertTrue(description.contains(NodeFactory.createURI(SCO.BASE + "void#" + dump.linkset.key), NodeFactory.createURI(voidNs + "uriSpace"),
                    NodeFactory.createLiteralString(dump.linkset.namespace)), dump.file);
            assertTrue(links.size() > 0, dump.file);
            assertTrue(description.contains(linkset, NodeFactory.createURI("http://purl.org/dc/terms/license"), Node.ANY));
            assertTrue(description.contains(linkset, NodeFactory.createURI(voidNs + "dataDump"), file));
            long count = Long.parseLong(description.find(linkset, NodeFactory.createURI(voidNs + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
            long lines = new String(DUMPS.get(dump.file), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
            assertEquals(lines, count, dump.file);
            String sha = description.find(NodeFactory.createURI(file.getURI() + "#sha256"), NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue"), Node.ANY)
                    .next().getObject().getLiteralLexicalForm();
            assertEquals(Checksums.sha256(DUMPS.get(dump.file)), sha);
        }
    }

    /**
     * A linkset is taken whole by the target's maintainers, so its description says how many of its
     * links the data itself trusts less: counted here from each linkset dump's links and the
     * {@code sco:confidence} of their statements in the graph (32 of the 33 to Wikidata and all 14 to
     * DBpedia come from third-party lists on 6 December 2026, which nothing in the linkset said until a
     * review that day); a linkset with none has no such note.
     */
    @Test
    void each_linkset_description_counts_the_links_the_data_marks_second_hand() {
        Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(DUMPS.get(DumpWriter.VOID_FILE))).lang(Lang.TURTLE).parse(description);
        Graph union = TestGraph.real().union();
        Map<String, Long> doubtedByTarget = new java.util.TreeMap<>();
        for (Dump dump : Dump.values()) {
            if (dump.linkset == null) continue;
            Graph links = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            RDFParser.source(new ByteArrayInputStream(DUMPS.get(dump.file))).lang(Lang.NTRIPLES).parse(links);
            long doubted = links.find().toList().stream().filter(link -> union.find(Node.ANY, RDF.subject.asNode(), link.getSubject()).toList().stream()
                    .map(Triple::getSubject)
                    .filter(statement -> union.contains(statement, RDF.predicate.asNode(), link.getPredicate()) && union.contains(statement, RDF.object.asNode(), link.getObject()))
                    .anyMatch(statement -> union.find(statement, SCO.confidence, Node.ANY).toList().stream().anyMatch(c -> !c.getObject().equals(SCO.Verified))))
                    .count();
            doubtedByTarget.put(dump.linkset.key, doubted);
            List<Triple> notes = description.find(NodeFactory.createURI(SCO.BASE + "void#linkset-" + dump.linkset.key), DCTerms.description.asNode(), Node.ANY).toList();
            if (doubted == 0) {
                assertEquals(List.of(), notes, dump.file);
            } else {
                assertEquals(1, notes.size(), dump.file);
                String howMany = doubted == links.size() ? "All " + doubted + " of its links" : doubted + " of its " + links.size() + " links";
                assertTrue(notes.get(0).getObject().getLiteralLexicalForm().startsWith(howMany + " rest on matches the data marks second hand"),
                        dump.file + ": " + notes.get(0).getObject());
            }
        }
        assertTrue(doubtedByTarget.get("wikidata") > 0 && doubtedByTarget.get("dbpedia") > 0, doubtedByTarget.toString());
    }

    /**
     * Read in the header itself: the data's own dcterms:issued (instruments' dates) may stand in the
     * dictionary's bytes whole or front-coded, so until 5 December 2026, when a day's new data put it
     * there whole, this looked for the IRI in the file's bytes and failed.
     */
    @Test
    void the_hdt_header_holds_no_build_time() throws IOException, NotFoundException {
        String hdt = new String(DUMPS.get(Dump.HDT.file), StandardCharsets.ISO_8859_1);
        assertTrue(hdt.contains("<" + DatasetDescription.DATASET.getURI() + ">"), "the header names the dataset");
        try (HDT read = HDTManager.loadHDT(new ByteArrayInputStream(DUMPS.get(Dump.HDT.file)))) {
            assertTrue(read.getHeader().search(DatasetDescription.DATASET.getURI(), "", "").hasNext(), "a header that describes the dataset");
            IteratorTripleString issued = read.getHeader().search("", "http://purl.org/dc/terms/issued", "");
            assertFalse(issued.hasNext(), "no dcterms:issued in the header");
        }
    }

    @Test
    void the_hdt_header_describes_the_dataset_void_describes() throws IOException, NotFoundException {
        Graph description = RDFParser.source(new ByteArrayInputStream(DUMPS.get("void.ttl"))).lang(Lang.TURTLE).toGraph();
        String triples = description.find(DatasetDescription.DATASET, VOID.triples, Node.ANY).next().getObject().getLiteralLexicalForm();
        try (HDT hdt = HDTManager.loadHDT(new ByteArrayInputStream(DUMPS.get(Dump.HDT.file)))) {
            Set<String> datasets = new TreeSet<>();
            hdt.getHeader().search("", RDF.type.getURI(), VOID.Dataset.getURI()).forEachRemaining(t -> datasets.add(t.getSubject().toString()));
            assertEquals(Set.of(DatasetDescription.DATASET.getURI()), datasets, "the home page, https://w3id.org/sco-kg/, is no dataset");
            IteratorTripleString count = hdt.getHeader().search(DatasetDescription.DATASET.getURI(), VOID.triples.getURI(), "");
            assertEquals("\"" + triples + "\"", count.next().getObject().toString());
        }
    }

    @Test
    void the_hdt_holds_blank_nodes_only_in_the_format_metadata_of_its_header() throws IOException, NotFoundException {
        try (HDT hdt = HDTManager.loadHDT(new ByteArrayInputStream(DUMPS.get(Dump.HDT.file)))) {
            hdt.search("", "", "").forEachRemaining(t -> assertFalse(t.getSubject().toString().startsWith("_:") || t.getObject().toString().startsWith("_:"), t::toString));
            Set<String> blank = new TreeSet<>();
            hdt.getHeader().search("", "", "").forEachRemaining(t -> {
                for (CharSequence term : List.of(t.getSubject(), t.getObject())) if (term.toString().startsWith("_:")) blank.add(term.toString());
            });
            // hdt-java writes these as subjects (the dataset names them in literals, "_:format") and reads
            // _:statistics back by its label (HDTManager.catHDT), so they stay.
            assertEquals(Set.of("_:dictionary", "_:format", "_:statistics", "_:triples"), blank);
        }
    }

    /**
     * hdt-java points from one header node to another by a literal of the other's label ({@code
     * <dataset> hdt:formatInformation "_:format"}); each such label names a node the header
     * describes. The build takes out the stamp of the minute the file was made, all that {@code
     * _:publicationInformation} held, so the dataset's {@code hdt:publicationInformation} pointer goes too.
     */
    @Test
    void the_hdt_header_points_only_at_nodes_it_describes() throws IOException, NotFoundException {
        try (HDT hdt = HDTManager.loadHDT(new ByteArrayInputStream(DUMPS.get(Dump.HDT.file)))) {
            Set<String> described = new TreeSet<>();
            Set<String> named = new TreeSet<>();
            hdt.getHeader().search("", "", "").forEachRemaining(t -> {
                described.add(t.getSubject().toString());
                String object = t.getObject().toString();
                if (object.startsWith("\"_:")) named.add(object.substring(1, object.lastIndexOf('"')));
            });
            assertEquals(Set.of("_:dictionary", "_:format", "_:statistics", "_:triples"), named, "the labels the header points at");
            for (String label : named) assertTrue(described.contains(label), label + " is pointed at and described");
            assertFalse(hdt.getHeader().search("", "http://purl.org/HDT/hdt#publicationInformation", "").hasNext(), "no pointer to a publication information left empty");
        }
    }

    @Test
    void a_build_replaces_the_output_whole() throws IOException {
        Path out = temp.resolve("dist");
        assertFalse(Files.exists(out.resolve("stale.txt")));
        assertArrayEquals(DUMPS.get("sco-kg.ttl"), Files.readAllBytes(out.resolve("sco-kg.ttl")));
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "no temporary folder is left behind");
        }
    }

    /**
     * The lines of the N-Triples and N-Quads dumps are sorted as bytes; they come out as sorting
     * them as strings does, on lines of the characters whose orders differ (CJK, fullwidth forms
     * in U+E000 to U+FFFF, characters beyond U+FFFF, which UTF-16 puts before those), empty lines
     * and text without a final line feed.
     */
    @Test
    void lines_sorted_as_bytes_come_out_as_sorted_as_strings() {
        String[] pieces = {"<a>", "<b>", "\"\u4e2d\u56fd\"", "\"\uff08x\uff09\"", "\"\u00e9\"", "\"e\"", " .", "", "\"\ud83d\ude00\""};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                for (int j = random.nextInt(4); j > 0; j--) text.append(pieces[random.nextInt(round % 2 == 0 ? pieces.length : pieces.length - 1)]);
                if (i < lines - 1 || random.nextBoolean()) text.append('\n');
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(new String(CanonicalOrder.sortedLinesAsStrings(bytes), StandardCharsets.UTF_8), new String(CanonicalOrder.sortedLines(bytes), StandardCharsets.UTF_8),
                    () -> "lines of " + text.toString().replace("\n", "\\n"));
        }
        // Where the bytes' order and the strings' differ: UTF-16 puts a character beyond U+FFFF
        // (a surrogate pair, from U+D800) before U+FF08, UTF-8 after it (lead byte 0xF0 over 0xEF).
        byte[] differ = "\"\uff08\"\n\"\ud83d\ude00\"\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("\"\ud83d\ude00\"\n\"\uff08\"\n", new String(CanonicalOrder.sortedLines(differ), StandardCharsets.UTF_8));
    }

    /** The canonical order's text of a triple, made from its nodes' forms kept once each, is Jena's text of the triple. */
    @Test
    void a_triples_text_from_its_nodes_forms_is_jenas() {
        KnowledgeGraph graph = TestGraph.real();
        Map<Node, String> formatted = new java.util.HashMap<>();
        graph.read(() -> {
            graph.union().find().forEachRemaining(t -> assertEquals(org.apache.jena.riot.out.NodeFmtLib.str(t), CanonicalOrder.text(t, formatted)));
            return null;
        });
        assertTrue(formatted.size() > 1_000, "the real graph's nodes were formatted: " + formatted.size());
        String turtle = "@prefix x: <http://example.org/> .\n"
                + "x:s x:p \"two\\nlines\", \"say \\\"so\\\"\", '''long\nform''', \"07\"^^<http://www.w3.org/2001/XMLSchema#integer>, 1.50, 1e0, true,"
                + " \"abc\"@en--ltr, \"\u4e2d\u56fd\"@zh, \"\", <http://example.org/with%20space>, x:s .\n";
        Graph odd = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
        assertEquals(12, odd.size());
        odd.find().forEachRemaining(t -> assertEquals(org.apache.jena.riot.out.NodeFmtLib.str(t), CanonicalOrder.text(t, formatted)));
    }

    /**
     * The union's canonical copy merged from its named graphs' sorted triples is the copy of the
     * union sorted on its own: the same triples found in the same order, a triple of two graphs
     * once (the real graph, and one with a triple in two graphs and one in neither's order).
     */
    @Test
    void the_union_merged_from_its_graphs_is_the_union_sorted_on_its_own() {
        KnowledgeGraph graph = TestGraph.real();
        graph.read(() -> {
            assertSameOrder(CanonicalOrder.canonical(graph.union()), merged(graph.dataset()));
            return null;
        });
        String trig = "@prefix x: <http://example.org/> .\n"
                + "x:g1 { x:b x:p \"1\" . x:a x:p x:z . x:c x:p 2 }\n"
                + "x:g2 { x:a x:p x:z . x:a x:p \"0\"@en . x:d x:q x:a }\n"
                + "x:g0 { x:bb x:p x:c }\n";
        DatasetGraph small = RDFParser.fromString(trig, Lang.TRIG).toDatasetGraph();
        Graph union = merged(small);
        assertEquals(6, union.size(), "the triple of two graphs held once");
        assertSameOrder(CanonicalOrder.canonical(small.getUnionGraph()), union);
    }

    private static Graph merged(DatasetGraph dataset) {
        Map<Node, String> formatted = new java.util.HashMap<>();
        List<List<Map.Entry<String, Triple>>> sorted = new java.util.ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(name -> sorted.add(CanonicalOrder.sorted(dataset.getGraph(name), formatted)));
        return CanonicalOrder.union(sorted);
    }

    private static void assertSameOrder(Graph expected, Graph actual) {
        List<Triple> wanted = expected.find().toList();
        List<Triple> found = actual.find().toList();
        for (int i = 0; i < Math.min(wanted.size(), found.size()); i++) assertEquals(wanted.get(i), found.get(i), "triple " + i);
        assertEquals(wanted.size(), found.size());
        assertTrue(found.size() > 5, "triples were compared: " + found.size());
    }

    /** The RDF/XML dump, written without Jena's check of every IRI (DumpRenderer), is the bytes Jena's checking writer gives. */
    @Test
    void the_rdfxml_dump_is_what_jenas_checking_writer_writes() {
        KnowledgeGraph graph = TestGraph.real();
        byte[] checked = graph.read(() -> {
            var out = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFWriter.source(CanonicalOrder.canonical(graph.union())).format(org.apache.jena.riot.RDFFormat.RDFXML_PLAIN).output(out);
            return out.toByteArray();
        });
        assertTrue(java.util.Arrays.equals(checked, DUMPS.get(Dump.RDFXML.file)), "the same bytes");
    }
}
