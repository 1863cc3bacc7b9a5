package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.vocab.DCAT3;
import org.w3id.scokg.vocab.SCO;
import org.w3id.scokg.vocab.SD;
import org.w3id.scokg.vocab.VOID;

/**
 * The VoID + DCAT description of the dataset: statistics, linksets and the services that serve it
 * from {@code void.rq}; a subset per named graph with its size; and one DCAT distribution per dump
 * and per export for Wikidata with its media type, size and SHA-256 checksum; a linkset's dump is
 * the linkset's distribution, the ontology's dumps the ontology subset's.
 */
public final class DatasetDescription {
    public static final Node DATASET = NodeFactory.createURI(SCO.BASE + "void#dataset");
    /** The ontology's named graph, a subset of the dataset with dumps of its own. */
    public static final Node ONTOLOGY = NodeFactory.createURI(SCO.BASE + "void#ontology");

    private DatasetDescription() {}

    /**
     * The statistics and linksets of {@code void.rq} over {@code union}, the graph every dump is
     * written from: several passes over it, so made beside the dumps, not after them. Evaluated by
     * sco-kg's engine, as {@code /sparql} evaluates a query (without its limits), whose counts of one
     * pattern are read from the graph's indexes ({@code PatternCounts}, proven with the rest of the
     * engine by the differential fuzzer), the same triples: at x100 7.5 s where plain ARQ took 11.8
     * ({@code bench/rewrites.sh 100} with the query, at a load average near 10), and in
     * {@code build} on an idle machine 8.5 and 6.7 s of CPU where it took 9.9 and 7.4 (README).
     */
    static Graph statistics(Graph union) {
        DatasetGraph dataset = SparqlEngine.forQueries(union, Map.of());
        return QueryExec.dataset(dataset).query(QueryFactory.create(resource("void.rq"))).construct();
    }

    /**
     * The dataset's version, made from its inputs alone so that the dumps stay the same bytes for the
     * same inputs: the ontology's {@code owl:versionInfo}, a plus, and the first {@value
     * #VERSION_DIGITS} hex digits of the SHA-256 of the N-Triples dump ({@code sco-kg.nt.gz}, whose
     * whole checksum is in SHA256SUMS and below), so any change of a triple changes it and a reader
     * can check it against the file. Null when the ontology has no version.
     */
    static String version(Graph ontology, Map<String, byte[]> dumps) {
        byte[] triples = dumps.get(Dump.NTRIPLES.file);
        return version(ontology, triples == null ? null : Checksums.sha256(triples));
    }

    /** {@link #version(Graph, Map)} from the SHA-256 of the N-Triples dump, {@code triplesSha256} (null when there is none). */
    private static String version(Graph ontology, String triplesSha256) {
        Node info = ontology.find(NodeFactory.createURI(SCO.ONTOLOGY), OWL2.versionInfo.asNode(), Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).nextOptional().orElse(null);
        if (info == null || triplesSha256 == null) return null;
        return info.getLiteralLexicalForm() + "+" + triplesSha256.substring(0, VERSION_DIGITS);
    }

    /** The hex digits of the N-Triples dump's checksum a version carries: 48 bits, as a short Git hash does. */
    static final int VERSION_DIGITS = 12;

    /** The version {@code description} (void.ttl, read back) gives the dataset ({@code dcat:version}), or null. */
    public static String version(Graph description) {
        return description.find(DATASET, DCAT3.version, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).nextOptional().orElse(null);
    }

    /**
     * {@code statistics} with the subsets of the named graphs ({@code graphs}: the triples of each,
     * by name), the dataset's version and one distribution per dump and per export for Wikidata
     * added, each with the size and SHA-256 it was rendered with ({@code dumps}, by file name).
     */
    static Graph describe(Graph statistics, Graph ontology, Map<Node, Long> graphs, Map<String, DumpRenderer.Rendered> dumps) {
        Graph description = statistics;
        // dcat:version (DCAT 3), the description being DCAT already: a version string, as owl:versionInfo
        // is the ontology's; dcterms:hasVersion names another resource, not a string, and a date
        // (dcterms:modified) would be the build's clock, which would make each build's bytes differ.
        DumpRenderer.Rendered triples = dumps.get(Dump.NTRIPLES.file);
        String version = version(ontology, triples == null ? null : triples.sha256());
        if (version != null) description.add(DATASET, DCAT3.version, NodeFactory.createLiteralString(version));
        subset(description, ONTOLOGY, SCO.GRAPH_ONTOLOGY, "The sco-kg ontology (graph/ontology)", ontology.size());
        // Each other named graph a subset too, with its size, counted from the graph, so that a reader
        // can tell the facts from their sources and the entailments by the description.
        graphs.forEach((name, size) -> {
            if (name.equals(SCO.GRAPH_ONTOLOGY) || !name.getURI().startsWith(SCO.BASE + "graph/")) return;
            String local = name.getURI().substring((SCO.BASE + "graph/").length());
            subset(description, graphSubset(name), name, "The named graph graph/" + local, size);
        });
        for (Dump dump : Dump.values()) {
            // A linkset's dump belongs to the linkset (void#linkset-{target}), the ontology's to the
            // ontology's subset (void#ontology: listed as dumps of the whole dataset, a client choosing
            // a distribution by media type could load only the ontology), the others to the dataset.
            Node owner = dump.linkset != null ? NodeFactory.createURI(SCO.BASE + "void#linkset-" + dump.linkset.key)
                    : dump.ontology() ? ONTOLOGY : DATASET;
            Node file = distribution(description, owner, dump.file, dump.title, dump.mediaType, dumps.get(dump.file));
            description.add(owner, VOID.dataDump, file);
            if (dump.compressed()) {
                description.add(file, DCAT.compressFormat.asNode(), NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + Dump.GZIP));
            }
        }
        // The exports for Wikidata: distributions of the dataset, not RDF, so no void:dataDump.
        for (Export export : Export.values()) {
            if (export.title != null) distribution(description, DATASET, export.file, export.title, export.bareMediaType(), dumps.get(export.file));
        }
        return description;
    }

    /** The subset of the dataset that is the named graph {@code name}. */
    public static Node graphSubset(Node name) {
        return NodeFactory.createURI(SCO.BASE + "void#graph-" + name.getURI().substring((SCO.BASE + "graph/").length()));
    }

    /** {@code subset}, a subset of the dataset that is the named graph {@code name} (sd:name), of {@code size} triples. */
    private static void subset(Graph description, Node subset, Node name, String title, long size) {
        description.add(DATASET, VOID.subset, subset);
        description.add(subset, RDF.type.asNode(), VOID.Dataset);
        description.add(subset, RDF.type.asNode(), DCAT.Dataset.asNode());
        description.add(subset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"));
        description.add(subset, SD.name, name);
        description.add(subset, VOID.triples, NodeFactory.createLiteralDT(Long.toString(size), XSDDatatype.XSDinteger));
    }

    /**
     * The file {@code name} of the dumps folder, a distribution of {@code owner}: its title, its URLs
     * (the plain one, and the one that names this version's bytes, which a cache may keep for good),
     * its media type, and the size and SHA-256 it was {@code rendered} with.
     */
    private static Node distribution(Graph description, Node owner, String name, String title, String mediaType, DumpRenderer.Rendered rendered) {
        Node file = NodeFactory.createURI(SCO.BASE + "dumps/" + name);
        Node checksum = NodeFactory.createURI(SCO.BASE + "dumps/" + name + "#sha256");
        description.add(owner, DCAT.distribution.asNode(), file);
        description.add(file, RDF.type.asNode(), DCAT.Distribution.asNode());
        description.add(file, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"));
        description.add(file, DCAT.downloadURL.asNode(), file);
        description.add(file, DCAT.downloadURL.asNode(), NodeFactory.createURI(SCO.BASE + "dumps/" + DumpWriter.permanentPath(name, rendered.sha256())));
        description.add(file, DCAT.mediaType.asNode(), NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + mediaType));
        description.add(file, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(rendered.size()), XSDDatatype.XSDnonNegativeInteger));
        description.add(file, VOID.checksum, checksum);
        description.add(checksum, RDF.type.asNode(), VOID.Checksum);
        description.add(checksum, VOID.algorithm, VOID.checksumAlgorithm_sha256);
        description.add(checksum, VOID.checksumValue, NodeFactory.createLiteralDT(rendered.sha256(), XSDDatatype.XSDhexBinary));
        return file;
    }

    static String resource(String name) {
        try (InputStream in = DatasetDescription.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
