package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;

/**
 * The title of a reified statement's page: what it says, in words ("India · member of · ..."), not
 * its key, which is a hash of its triple. Each part is in the page's words where it has them,
 * marked with its own language where not; a part of a thing ({@code …#beginning}) by the
 * interface's word for it; a key the graph retired ({@code dcterms:isReplacedBy} another and no
 * thing of its own: an IRI that only redirects) as "former identifier", with words for replacing it
 * that fit a key ("replaces", not the ontology's "successor of", which is said of organisations);
 * a {@code skos:prefLabel} as "preferred name", so that it is not titled as the {@code rdfs:label}
 * beside it is.
 */
final class StatementTitles {
    private final Graph graph;
    private final Texts texts;

    StatementTitles(Graph union, Texts texts) {
        this.graph = union;
        this.texts = texts;
    }

    /** The title of {@code statement}, whose {@code rdf:subject} is {@code subject}. */
    Labels.Label of(Node statement, Node subject) {
        Node predicate = graph.find(statement, RDF.predicate.asNode(), Node.ANY).mapWith(t -> t.getObject()).nextOptional().orElse(null);
        Node object = graph.find(statement, RDF.object.asNode(), Node.ANY).mapWith(t -> t.getObject()).nextOptional().orElse(null);
        if (predicate == null || object == null) return Labels.of(graph, statement, texts.language());
        // A part is named in the page's language, not by its key ("beginning"); each part keeps its
        // language (an English name in a Chinese title is marked English); and a retired key is
        // worded, not shown as it is written ("SCO-IN-MemberState-2017-06-09 · преемник организации").
        List<Labels.Label> parts = new ArrayList<>();
        boolean ofPart = subject.isURI() && subject.getURI().contains("#");
        if (ofPart) {
            parts.add(Labels.of(graph, NodeFactory.createURI(subject.getURI().replaceFirst("#.*", "")), texts.language()));
            String key = subject.getURI().replaceFirst(".*#", "");
            parts.add(texts.find("part." + key).map(this::words).orElse(new Labels.Label(key, "en")));
        } else {
            parts.add(name(subject));
        }
        parts.add(predicateWords(predicate, subject, object));
        // A thing named by the value itself (a statement's label is its summary) is said once: its name
        // then stands for both, "States subscribing to the code pledge … · summary".
        Labels.Label value = name(object);
        boolean once = !ofPart && object.isLiteral() && value.text().equals(parts.get(0).text());
        // Cut at no fewer characters than no two things' names share (the longest, a statement's summary
        // as its name, share at most 80 characters): no two records are titled alike (LinkedDataIT).
        parts.replaceAll(StatementTitles::shortened);
        if (!once) parts.add(shortened(value));
        String first = ofPart ? " › " : " · ";
        String text = String.join(" · ", parts.stream().map(Labels.Label::text).toList()).replaceFirst(" · ", first);
        String markup = String.join(" · ", parts.stream().map(l -> l.html(texts.language())).toList()).replaceFirst(" · ", first);
        return new Labels.Label(text, "", markup);
    }

    /**
     * A statement's name as its heading and title: its name is its summary, of up to 575 characters,
     * which its body shows whole; one of more than twice {@link #PART} characters is cut
     * as a record's parts are, so that such a page's {@code h1} is not the whole summary. Other
     * things' long names are made of their parts (an act's: its actor, its document, its date),
     * which no row of the body repeats whole, and stay whole.
     */
    static Labels.Label heading(Labels.Label name) {
        return name.text().length() > 2 * StatementTitles.PART ? StatementTitles.shortened(name) : name;
    }

    /** The most characters a part of a title keeps ({@link #shortened}). */
    static final int PART = 120;

    /**
     * A part of a title cut, where longer than {@value #PART} characters, after its last word (or
     * Chinese clause) that ends within them, with an ellipsis: uncut, the record of the 2011 code of
     * conduct's summary, 459 characters, was headed with it whole, twice, an {@code h1} of 931
     * characters (83 records were like it). The page's body keeps it whole.
     */
    static Labels.Label shortened(Labels.Label part) {
        String text = part.text();
        if (text.codePointCount(0, text.length()) <= PART) return part;
        int end = text.offsetByCodePoints(0, PART);
        int cut = end;
        for (int i = end; i > end / 2; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '，' || c == '；' || c == '、' || c == '。') {
                cut = i;
                break;
            }
        }
        String kept = text.substring(0, cut).stripTrailing().replaceFirst("[\\s,;:，；、。]+$", "");
        return new Labels.Label(kept + "…", part.lang());
    }

    /** Whether {@code node} is a key the graph retired: replaced by another IRI, and no thing of its own. */
    boolean isRetiredKey(Node node) {
        return node.isURI() && graph.contains(node, DCTerms.isReplacedBy.asNode(), Node.ANY) && !graph.contains(node, RDF.type.asNode(), Node.ANY);
    }

    private Labels.Label name(Node node) {
        return isRetiredKey(node) ? words(texts.get("retired.key")) : Html.name(node, graph, texts);
    }

    private Labels.Label predicateWords(Node predicate, Node subject, Node object) {
        if (predicate.equals(DCTerms.replaces.asNode()) && isRetiredKey(object)) return words(texts.get("retired.replaces"));
        if (predicate.equals(DCTerms.isReplacedBy.asNode()) && isRetiredKey(subject)) return words(texts.get("retired.replaced-by"));
        // A thing's rdfs:label and skos:prefLabel are both "name" on its page, where they stand
        // together; a record's title words them apart, or two records titled alike would be told apart
        // by their hashes alone (572 of 3,866 rows in pairs).
        if (predicate.equals(SKOS.prefLabel.asNode())) return words(texts.get("record.prefLabel"));
        return Terms.of(predicate, graph, texts);
    }

    private Labels.Label words(String text) {
        return new Labels.Label(text, texts.language().tag);
    }
}
