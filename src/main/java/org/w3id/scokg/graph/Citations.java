package org.w3id.scokg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.vocab.SCO;

/**
 * What a row's provenance columns say supports its triples. {@code source} names one or more keys
 * of data/sources/sources.csv (separated by ';'), {@code quote} a sentence of the first of them,
 * {@code confidence} a mark (the {@code skos:notation} of a {@code sco:ConfidenceLevel}): together
 * they cover the row. {@code X_source}, {@code X_quote} and {@code X_confidence} do the same for
 * the triples column X makes, and replace the row's for those triples ({@code X_quote} alone, a
 * sentence of the row's first source). Every quote is located in its source and becomes an excerpt.
 */
final class Citations {
    static final String SOURCE = "source";
    static final String QUOTE = "quote";
    static final String CONFIDENCE = "confidence";
    private static final List<String> SUFFIXES = List.of("_" + SOURCE, "_" + QUOTE, "_" + CONFIDENCE);

    /** The sources and confidence levels that support some triples. */
    record Support(List<Node> sources, List<Node> confidences) {}

    private final Set<String> knownSources;
    private final SourceTexts texts;
    private final Map<String, Node> levels = new HashMap<>();
    private final Map<String, Binding> excerpts = new LinkedHashMap<>();

    Citations(Set<String> knownSources, SourceTexts texts, Graph ontology) {
        this.knownSources = knownSources;
        this.texts = texts;
        ontology.find(Node.ANY, RDF.type.asNode(), SCO.ConfidenceLevel).forEachRemaining(t -> ontology
                .find(t.getSubject(), SKOS.notation.asNode(), Node.ANY)
                .forEachRemaining(n -> levels.put(n.getObject().getLiteralLexicalForm(), t.getSubject())));
    }

    /** True for a column that says where a row's facts come from, not a fact itself. */
    static boolean isProvenance(String column) {
        return column.equals(SOURCE) || column.equals(QUOTE) || column.equals(CONFIDENCE)
                || SUFFIXES.stream().anyMatch(column::endsWith);
    }

    /** True when the row names a source or a confidence of its own for the triples of {@code column}. */
    boolean speaksFor(Table.Row row, String column) {
        return SUFFIXES.stream().anyMatch(suffix -> row.get(column + suffix) != null);
    }

    /** The support of the whole row ({@code column} null) or of the triples one column makes. */
    Support support(Table.Row row, String column) {
        boolean ownSources = column != null && row.get(column + "_" + SOURCE) != null;
        boolean ownQuote = column != null && row.get(column + "_" + QUOTE) != null;
        boolean ownConfidence = column != null && row.get(column + "_" + CONFIDENCE) != null;
        // A quote of the column's own without sources of its own is a sentence of the row's first
        // source: it is cited with that source, not passed over for the row's quote.
        List<Node> sources = ownSources ? sources(row, column + "_" + SOURCE, column + "_" + QUOTE)
                : sources(row, SOURCE, ownQuote ? column + "_" + QUOTE : QUOTE);
        String confidenceColumn = ownConfidence ? column + "_" + CONFIDENCE : ownSources ? null : CONFIDENCE;
        return new Support(sources, confidenceColumn == null ? List.of() : levels(row, confidenceColumn));
    }

    private List<Node> levels(Table.Row row, String column) {
        List<Node> confidences = new ArrayList<>();
        if (row.get(column) == null) return confidences;
        for (String mark : row.get(column).split("\\s*;\\s*")) {
            Node level = levels.get(mark);
            if (level == null) {
                throw new InputException(row.at(column), "unknown confidence mark '" + mark + "': one of "
                        + String.join(", ", new TreeSet<>(levels.keySet())) + " (the skos:notation of a sco:ConfidenceLevel)");
            }
            confidences.add(level);
        }
        return confidences;
    }

    private List<Node> sources(Table.Row row, String sourceColumn, String quoteColumn) {
        String keys = row.get(sourceColumn);
        String quote = row.get(quoteColumn);
        List<Node> sources = new ArrayList<>();
        if (keys == null) {
            if (quote != null) throw new InputException(row.at(quoteColumn), "a quote needs a source");
            return sources;
        }
        for (String key : keys.split("\\s*;\\s*")) {
            if (!knownSources.contains(key)) {
                throw new InputException(row.at(sourceColumn), "unknown source '" + key + "' (see data/sources/sources.csv)");
            }
            Node source = NodeFactory.createURI(SCO.ID + "source/" + key);
            sources.add(sources.isEmpty() && quote != null ? excerpt(row, quoteColumn, key, source, quote) : source);
        }
        return sources;
    }

    private Node excerpt(Table.Row row, String quoteColumn, String key, Node source, String quote) {
        if (!texts.hasText(key)) {
            throw new InputException(row.at(quoteColumn), "source '" + key + "' has no text in the repository, so a quote from it cannot be checked");
        }
        int start = texts.locate(key, quote, row.at(quoteColumn));
        int end = start + quote.length();
        String excerptKey = key + "-" + start + "-" + end;
        Node excerpt = NodeFactory.createURI(SCO.ID + "excerpt/" + excerptKey);
        excerpts.computeIfAbsent(excerptKey, k -> Binding.builder()
                .add(Var.alloc("excerpt"), excerpt)
                .add(Var.alloc("source"), source)
                .add(Var.alloc("exact"), NodeFactory.createLiteralString(quote))
                .add(Var.alloc("start"), NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger))
                .add(Var.alloc("end"), NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger))
                .build());
        return excerpt;
    }

    /** The bindings of every excerpt found, for data/mapping/excerpt.rq, in the order first quoted. */
    Collection<Binding> excerpts() {
        return excerpts.values();
    }

    /**
     * The triples each column claims: those the row makes with the column and not without it, for
     * every column that has a support of its own or whose facts are the graph's own ({@code own}).
     */
    static Map<String, Set<Triple>> claims(Mapping mapping, Table.Row data, Graph triples, Predicate<String> speaks) {
        Map<String, Set<Triple>> claims = new LinkedHashMap<>();
        for (String column : data.cells().keySet()) {
            if (!speaks.test(column)) continue;
            Graph without = mapping.apply(data.without(column::equals), BindingFactory.empty());
            Set<Triple> claimed = new HashSet<>();
            triples.find().forEachRemaining(t -> {
                if (!without.contains(t)) claimed.add(t);
            });
            claims.put(column, claimed);
        }
        return claims;
    }
}
