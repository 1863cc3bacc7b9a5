package org.w3id.scokg.server.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.server.web.UnSymbols;

/**
 * What kind of text a hit matched, as a reader is told it ({@code field} in {@code /search}'s JSON,
 * "matched in …" on its page): a name, another name, a title, a UN document symbol, another
 * identifier, a quote, or a summary in sco-kg's own words. The index has one field for the four
 * naming properties and one for every code, and jena-text answers each hit with the field's first
 * property, so the kind is read from the graph: the property of the thing that holds the text shown.
 * Read from the jena-text field alone, every name would be "name": "GGE", the other name
 * (skos:altLabel) of both groups of governmental experts, would be said to be their name (issue 15).
 */
final class MatchedField {
    static final String NAME = SearchIndex.NAME;
    static final String OTHER_NAME = "otherName";
    static final String TITLE = "title";
    static final String SYMBOL = SearchIndex.SYMBOL;
    static final String IDENTIFIER = "identifier";

    private MatchedField() {}

    /**
     * The kind of text {@code hit} is shown by, read in {@code graph}: for a name, the first of
     * dcterms:title (a title: a source record's or a document's, which its label repeats), rdfs:label
     * or skos:prefLabel (a name) and skos:altLabel (another name) that holds the text (the whole of it,
     * or, for a highlighted fragment, a part), a name where none does (a title the pages compose, in no
     * graph); for a code, a UN document symbol where the text
     * is one (a document's sco:unDocumentSymbol, or a source record's dcterms:identifier that writes
     * one), else an identifier (ISO 3166 and GeoNames codes, Wikidata IDs, treaty numbers); any other
     * field as the index names it (a quote, a summary).
     */
    static String of(Graph graph, Search.Hit hit) {
        String text = hit.snippet().replace("↦", "").replace("↤", "").strip();
        if (hit.field().equals(SearchIndex.SYMBOL)) return isSymbol(text) ? SYMBOL : IDENTIFIER;
        if (!hit.field().equals(SearchIndex.NAME) || text.isEmpty()) return hit.field();
        // The text whole first: a thing's other name ("SCO") may be a part of its name too.
        for (boolean whole : new boolean[] {true, false}) {
            for (Naming naming : NAMINGS) {
                if (holds(graph, hit.subject(), naming.property(), text, whole)) return naming.field();
            }
        }
        return NAME;
    }

    /**
     * Every kind of text {@code hit}'s words matched, each once: the kind of the text shown first (the
     * {@link #of} of the hit, which {@code field} in the JSON goes on saying), then the kinds of the
     * other texts words of a search across a thing's texts matched ({@link Search.Hit#others}):
     * "Kirghizia Kyrgyzstan" matches Kyrgyzstan's name and its other name, and says both (issue 15).
     */
    static List<String> all(Graph graph, Search.Hit hit) {
        Set<String> fields = new LinkedHashSet<>();
        hit.matched().forEach(text -> fields.add(of(graph, text)));
        return List.copyOf(fields);
    }

    /** Whether a code is a UN document symbol, as the index holds one: a series' letters, then parts after slashes ("A/66/359"). */
    private static boolean isSymbol(String code) {
        return UnSymbols.within(code).contains(UnSymbols.key(code)) && code.contains("/");
    }

    /** A naming property and the kind of text it holds, in the order a text held by several is named by. */
    private record Naming(Node property, String field) {}

    private static final List<Naming> NAMINGS = List.of(new Naming(DCTerms.title.asNode(), TITLE), new Naming(RDFS.label.asNode(), NAME),
            new Naming(SKOS.prefLabel.asNode(), NAME), new Naming(SKOS.altLabel.asNode(), OTHER_NAME));

    /** Whether {@code thing}'s {@code property} has a literal that is {@code text} ({@code whole}), or holds it (a fragment of a long text). */
    private static boolean holds(Graph graph, Node thing, Node property, String text, boolean whole) {
        return graph.find(thing, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .filterKeep(literal -> whole ? literal.getLiteralLexicalForm().strip().equals(text) : literal.getLiteralLexicalForm().contains(text)).hasNext();
    }
}
