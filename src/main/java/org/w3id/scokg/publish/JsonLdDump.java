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
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * The JSON-LD dump: one node object per subject in {@code @graph}, subjects in the order of their
 * IRIs, each property's values in an array, keys and types as compact IRIs of the graph's
 * prefixes, which are the {@code @context}. JSON-LD 1.1's own form of RDF (its "RDF to JSON-LD"
 * algorithm without compaction), written in one pass in time linear in the triples after sorting.
 *
 * <p>Jena writes JSON-LD through titanium, which builds the whole document in memory and compacts
 * it: at x100 (1.8 million triples) 31 s of one core, the dump that took longest, where this
 * takes about a second. The bytes read back as the same graph with Jena's (titanium's), RDF4J's
 * and rdflib's JSON-LD parsers ({@code DumpWriterTest}, {@code RdflibIT}). The published graph has
 * no triple terms and no literals with a base direction, which this form cannot carry without a
 * reader's option: the build fails on one rather than write it wrongly.
 */
final class JsonLdDump {
    private static final String RDF_TYPE = RDF.type.getURI();

    private final Map<String, String> namespaces = new TreeMap<>();
    private final Map<String, String> compacted = new HashMap<>();

    private JsonLdDump(PrefixMapping prefixes) {
        // JSON-LD 1.1 (4.4.1 of the API): a term is a prefix only when its IRI ends in a gen-delim.
        prefixes.getNsPrefixMap().forEach((prefix, namespace) -> {
            if (namespace.matches(".*[:/?#\\[\\]@]$")) namespaces.put(prefix, namespace);
        });
    }

    /** {@code graph} as JSON-LD, UTF-8, its prefixes the context. */
    static byte[] write(Graph graph) {
        var bytes = DumpRenderer.buffer();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new JsonLdDump(graph.getPrefixMapping()).write(graph, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void write(Graph graph, Writer out) throws IOException {
        out.write("{\n  \"@context\": {");
        String comma = "\n";
        for (Map.Entry<String, String> prefix : namespaces.entrySet()) {
            out.write(comma + "    " + string(prefix.getKey()) + ": " + string(prefix.getValue()));
            comma = ",\n";
        }
        out.write("\n  },\n  \"@graph\": [");
        Set<Node> subjects = new HashSet<>();
        graph.find().mapWith(Triple::getSubject).forEachRemaining(subjects::add);
        comma = "\n";
        for (Node subject : subjects.stream().sorted(Comparator.comparing(this::id)).toList()) {
            out.write(comma);
            writeNode(graph, subject, out);
            comma = ",\n";
        }
        out.write("\n  ]\n}\n");
    }

    /** One subject's node object, its properties in the order of their keys, each key's values in the order of their Turtle forms. */
    private void writeNode(Graph graph, Node subject, Writer out) throws IOException {
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
        out.write("    {\n      \"@id\": " + string(id(subject)));
        if (!types.isEmpty()) writeValues("@type", types, out);
        for (Map.Entry<String, List<String>> property : properties.entrySet()) writeValues(property.getKey(), property.getValue(), out);
        out.write("\n    }");
    }

    private static void writeValues(String key, List<String> values, Writer out) throws IOException {
        values.sort(null);
        out.write(",\n      " + string(key) + ": [");
        String comma = "";
        for (String value : values) {
            out.write(comma + "\n        " + value);
            comma = ",";
        }
        out.write("\n      ]");
    }

    /** A value as JSON: a node reference, a plain string for xsd:string, else a value object. */
    private String value(Node object) {
        if (object.isURI() || object.isBlank()) return "{\"@id\": " + string(id(object)) + "}";
        if (!object.isLiteral()) throw new IllegalStateException("A triple term in the published graph, which the JSON-LD dump cannot write: " + NodeFmtLib.strNT(object));
        if (object.getLiteralBaseDirection() != null) {
            throw new IllegalStateException("A literal with a base direction in the published graph, which the JSON-LD dump cannot write: " + NodeFmtLib.strNT(object));
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
        int colon = iri.indexOf(':');
        if (colon > 0 && namespaces.containsKey(iri.substring(0, colon)) && !iri.startsWith("//", colon + 1)) {
            throw new IllegalStateException("The IRI <" + iri + "> would be read as a compact IRI of the prefix '" + iri.substring(0, colon) + "' in the JSON-LD dump");
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
}
