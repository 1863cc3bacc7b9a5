package org.w3id.scokg.project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SHACL shapes with every blank node named by an IRI of their namespace (the SHACL lists of
 * {@code sh:or} and {@code sh:xone}, the shapes written inline), as validation reads them and
 * {@code /shapes} publishes them: SHACL takes an IRI wherever it takes a blank node, list nodes
 * included (SHACL 1.0's SHACL lists). A blank node's name is {@code node-} and the first 16
 * hex digits of the SHA-256 of the name of the node that points at it, the predicate it points
 * with, and the content of the blank node's subtree, its triples sorted as text; so a file's names
 * are the same at every read, whatever labels the parser gives its blank nodes or the order it
 * finds them in. Two blank nodes with the same parent, predicate and content are one node: the same
 * constraint twice.
 */
public final class ShapesGraph {
    private final Graph graph;
    private final String namespace;
    private final String display;
    private final Map<Node, String> contents = new HashMap<>();
    private final Map<Node, Node> names = new HashMap<>();
    /** Each name made, by the key it was made of: a name made of two keys would be two nodes as one. */
    private final Map<Node, String> keys = new HashMap<>();

    private ShapesGraph(Graph graph, String namespace, String display) {
        this.graph = graph;
        this.namespace = namespace;
        this.display = display;
    }

    /** The Turtle file {@code file} as a graph, each of its blank nodes named in {@code namespace}. */
    public static Graph read(Path file, String display, String namespace) {
        return named(ProjectFiles.readTurtle(file, display), namespace, display);
    }

    /**
     * A copy of {@code graph} with each blank node replaced by its name in {@code namespace}; a
     * cycle of blank nodes, which has no content to name it by, is refused naming {@code display}.
     */
    public static Graph named(Graph graph, String namespace, String display) {
        ShapesGraph naming = new ShapesGraph(graph, namespace, display);
        Graph named = GraphFactory.createGraphMem();
        named.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        graph.find().forEachRemaining(t -> named.add(Triple.create(naming.name(t.getSubject()), t.getPredicate(), naming.name(t.getObject()))));
        return named;
    }

    /** {@code node} itself, or the IRI that names it if it is blank. */
    private Node name(Node node) {
        if (!node.isBlank()) return node;
        Node known = names.get(node);
        if (known != null) return known;
        // The content first: it refuses a cycle, which naming the parents would otherwise follow for ever.
        String content = content(node, new HashSet<>());
        // Of the nodes that point at it, the least by name and predicate: a node pointed at twice gets one name.
        String parent = "";
        for (Triple in : graph.find(Node.ANY, Node.ANY, node).toList()) {
            String candidate = NodeFmtLib.strNT(name(in.getSubject())) + " " + NodeFmtLib.strNT(in.getPredicate());
            if (parent.isEmpty() || candidate.compareTo(parent) < 0) parent = candidate;
        }
        String key = parent + " " + content;
        Node iri = NodeFactory.createURI(namespace + "node-" + HexFormat.of().formatHex(sha256(key), 0, 8));
        String earlier = keys.putIfAbsent(iri, key);
        if (earlier != null && !earlier.equals(key)) throw new IllegalStateException("two blank nodes of " + display + " hash to " + iri);
        names.put(node, iri);
        return iri;
    }

    /** The triples of {@code node}'s subtree as text, sorted, each blank object written as its own content in brackets. */
    private String content(Node node, Set<Node> above) {
        String known = contents.get(node);
        if (known != null) return known;
        if (!above.add(node)) {
            throw new InputException(Location.file(display), "blank nodes that point at each other in a cycle: name one of them with an IRI");
        }
        List<String> lines = new ArrayList<>();
        for (Triple out : graph.find(node, Node.ANY, Node.ANY).toList()) {
            Node object = out.getObject();
            lines.add(NodeFmtLib.strNT(out.getPredicate()) + " " + (object.isBlank() ? "[" + content(object, above) + "]" : NodeFmtLib.strNT(object)));
        }
        above.remove(node);
        lines.sort(null);
        String text = String.join(" ; ", lines);
        contents.put(node, text);
        return text;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
