package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD written in one pass: one node object per subject in {@code @graph}, subjects in the order
 * of their IDs, each property's values in an array, keys and types as compact IRIs of the prefixes,
 * which are the {@code @context}; a named graph is a node object of its own with its nodes in its
 * {@code @graph}. JSON-LD 1.1's own form of RDF (its "RDF to JSON-LD" algorithm without compaction),
 * in time linear in the triples after sorting.
 *
 * <p>Jena writes JSON-LD through titanium, which builds the whole document in memory and compacts
 * it, and nothing can stop it once begun: at x100 (1.8 million triples) 31 s of one core, the dump
 * that took longest, where this takes about a second; a query's answer of 47,784 triples took it 9 s
 * past a 1 s timeout, and many values of one property of one subject
 * take it time that grows with the square of their number. The bytes read back as the same graph
 * with Jena's (titanium's), RDF4J's and rdflib's JSON-LD parsers ({@code JsonLdWriterTest},
 * {@code DumpWriterTest}, {@code RdflibIT}).
 *
 * <p>This form cannot carry a triple term, nor a literal's base direction without a reader's option:
 * the dump fails on one rather than write it wrongly, and the endpoint refuses such an answer as
 * JSON-LD before it writes ({@code AnswerWriterGuard}).
 */
public final class JsonLdWriter {
    private static final String RDF_TYPE = RDF.type.getURI();

    private final Map<String, String> namespaces = new TreeMap<>();
    private final Map<String, String> compacted = new HashMap<>();

    /**
     * The prefixes JSON-LD can use (JSON-LD 1.1, 4.4.1 of the API: a term is a prefix only when its
     * IRI ends in a gen-delim; the empty prefix is no term), but for those named in {@code schemes}.
     */
    private JsonLdWriter(Map<String, String> prefixes, Set<String> schemes) {
        prefixes.forEach((prefix, namespace) -> {
            if (!prefix.isEmpty() && !schemes.contains(prefix) && namespace.matches(".*[:/?#\\[\\]@]$")) namespaces.put(prefix, namespace);
        });
    }

    /**
     * The dump: {@code graph} as JSON-LD, UTF-8, its prefixes the context. An IRI that a reader would
     * take for a compact IRI of one of them ({@code org:x} beside the prefix {@code org}) fails the
     * build: the published prefixes are the same in every dump.
     */
    static byte[] dump(Graph graph) {
        var bytes = DumpRenderer.buffer();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new JsonLdWriter(graph.getPrefixMapping().getNsPrefixMap(), Set.of()).write(List.of(graph), List.of(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A query's answer: {@code answer} as JSON-LD, its default graph's nodes and then each named
     * graph, with {@code prefixes} as the context but for any whose name is the scheme of an IRI in
     * the answer ({@code urn} beside {@code <urn:x>}), which would change how that IRI reads.
     * {@code out} is flushed, not closed.
     */
    public static void answer(DatasetGraph answer, Map<String, String> prefixes, Writer out) throws IOException {
        Set<String> schemes = new HashSet<>();
        answer.find().forEachRemaining(quad -> {
            for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject())) {
                if (node.isURI()) schemes.add(scheme(node.getURI()));
                else if (node.isLiteral()) schemes.add(scheme(node.getLiteralDatatypeURI()));
            }
        });
        List<Node> names = new ArrayList<>();
        answer.listGraphNodes().forEachRemaining(names::add);
        List<Graph> graphs = new ArrayList<>(List.of(answer.getDefaultGraph()));
        names.forEach(name -> graphs.add(answer.getGraph(name)));
        new JsonLdWriter(prefixes, schemes).write(graphs, names, out);
        out.flush();
    }

    /** An IRI's scheme, what a JSON-LD reader would take for a prefix: all before its first colon, unless "//" follows it. */
    private static String scheme(String iri) {
        int colon = iri.indexOf(':');
        return colon > 0 && !iri.startsWith("//", colon + 1) ? iri.substring(0, colon) : "";
    }

    /** The first of {@code graphs} the default graph, each other one named by {@code names} in order. */
    private void write(List<Graph> graphs, List<Node> names, Writer out) throws IOException {
        out.write("{\n  \"@context\": {");
        String comma = "\n";
        for (Map.Entry<String, String> prefix : namespaces.entrySet()) {
            out.write(comma + "    " + string(prefix.getKey()) + ": " + string(prefix.getValue()));
            comma = ",\n";
        }
        out.write("\n  },\n  \"@graph\": [");
        boolean first = writeNodes(graphs.get(0), "    ", true, out);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) order.add(i);
        order.sort(Comparator.comparing(i -> id(names.get(i))));
        for (int i : order) {
            if (graphs.get(i + 1).isEmpty()) continue;
            out.write((first ? "\n" : ",\n") + "    {\n      \"@id\": " + string(id(names.get(i))) + ",\n      \"@graph\": [");
            writeNodes(graphs.get(i + 1), "        ", true, out);
            out.write("\n      ]\n    }");
            first = false;
        }
        out.write("\n  ]\n}\n");
    }

    /** The node objects of {@code graph}, subjects in the order of their IDs; whether none was written and {@code first} held. */
    private boolean writeNodes(Graph graph, String indent, boolean first, Writer out) throws IOException {
        Set<Node> subjects = new HashSet<>();
        graph.find().mapWith(Triple::getSubject).forEachRemaining(subjects::add);
        for (Node subject : subjects.stream().sorted(Comparator.comparing(this::id)).toList()) {
            out.write(first ? "\n" : ",\n");
            writeNode(graph, subject, indent, out);
            first = false;
        }
        return first;
    }

    /** One subject's node object, its properties in the order of their keys, each key's values in the order of their JSON. */
    private void writeNode(Graph graph, Node subject, String indent, Writer out) throws IOException {
        Map<String, List<String>> properties = new TreeMap<>();
        List<String> types = new ArrayList<>();
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(triple -> {
            Node object = triple.getObject();
            if (triple.getPredicate().getURI().equals(RDF_TYPE) && object.isURI()) {
                types.add(string(compact(object.getURI())));
            } else {
                properties.computeIfAbsent(compact(triple.getPredicate().getURI()), key -> new ArrayList<>()).add(value(object));
            }
        });
        out.write(indent + "{\n" + indent + "  \"@id\": " + string(id(subject)));
        if (!types.isEmpty()) writeValues("@type", types, indent, out);
        for (Map.Entry<String, List<String>> property : properties.entrySet()) writeValues(property.getKey(), property.getValue(), indent, out);
        out.write("\n" + indent + "}");
    }

    private static void writeValues(String key, List<String> values, String indent, Writer out) throws IOException {
        values.sort(null);
        out.write(",\n" + indent + "  " + string(key) + ": [");
        String comma = "";
        for (String value : values) {
            out.write(comma + "\n" + indent + "    " + value);
            comma = ",";
        }
        out.write("\n" + indent + "  ]");
    }

    /** A value as JSON: a node reference, a plain string for xsd:string, else a value object. */
    private String value(Node object) {
        if (object.isURI() || object.isBlank()) return "{\"@id\": " + string(id(object)) + "}";
        if (!object.isLiteral()) throw new IllegalStateException("A triple term, which JSON-LD cannot write: " + NodeFmtLib.strNT(object));
        if (object.getLiteralBaseDirection() != null) {
            throw new IllegalStateException("A literal with a base direction, which JSON-LD cannot write: " + NodeFmtLib.strNT(object));
        }
        String lexical = string(object.getLiteralLexicalForm());
        String language = object.getLiteralLanguage();
        if (!language.isEmpty()) return "{\"@value\": " + lexical + ", \"@language\": " + string(language) + "}";
        String datatype = object.getLiteralDatatypeURI();
        if (datatype.equals(XSDDatatype.XSDstring.getURI())) return lexical;
        return "{\"@value\": " + lexical + ", \"@type\": " + string(compact(datatype)) + "}";
    }

    /** A node's {@code @id}: its IRI in full, or a blank node's label. */
    private String id(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : full(node.getURI());
    }

    /**
     * An IRI written in full, refused where a reader would take it for a compact IRI: its scheme a
     * prefix of the context ({@code org:x} with {@code org} a prefix), unless {@code //} follows.
     */
    private String full(String iri) {
        String scheme = scheme(iri);
        if (namespaces.containsKey(scheme)) {
            throw new IllegalStateException("The IRI <" + iri + "> would be read as a compact IRI of the prefix '" + scheme + "' in JSON-LD");
        }
        return iri;
    }

    /**
     * A property's or a type's IRI as a compact IRI where a prefix and a non-empty local part make
     * one that expands back to it (a local part starting {@code //} would be read as an IRI).
     */
    private String compact(String iri) {
        return compacted.computeIfAbsent(iri, full -> {
            String best = full(full);
            int longest = 0;
            for (Map.Entry<String, String> prefix : namespaces.entrySet()) {
                String namespace = prefix.getValue();
                if (namespace.length() > longest && full.length() > namespace.length() && full.startsWith(namespace)
                        && !full.startsWith("//", namespace.length())) {
                    best = prefix.getKey() + ":" + full.substring(namespace.length());
                    longest = namespace.length();
                }
            }
            return best;
        });
    }

    /** {@code text} as a JSON string (RFC 8259 7): quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
        return json.append('"').toString();
    }

    /** Whether {@code quad} is one this form carries: no triple term, no literal with a base direction. */
    public static boolean carries(Quad quad) {
        return carries(quad.getSubject()) && carries(quad.getObject());
    }

    private static boolean carries(Node node) {
        return !node.isTripleTerm() && !(node.isLiteral() && node.getLiteralBaseDirection() != null);
    }
}
