package org.w3id.scokg.graph;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.project.Problem;

/**
 * What a row of a table must have made through its mapping, checked on the triples it made: every
 * typed literal well formed, every cell used. Each problem names the row and the column it is in.
 */
final class RowChecks {
    private RowChecks() {}

    /** A cell that makes an ill-formed typed literal (a wrong date, a number that is not one). */
    static void literals(Table.Row row, Graph triples, List<Problem> problems) {
        triples.find().forEach(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralDatatype() instanceof XSDDatatype type
                    && !type.isValid(o.getLiteralLexicalForm())) {
                String column = columnHolding(row, o.getLiteralLexicalForm());
                problems.add(new Problem(row.at(column), "'" + o.getLiteralLexicalForm() + "' is not a valid "
                        + type.getURI().replace("http://www.w3.org/2001/XMLSchema#", "xsd:")
                        + (type.equals(XSDDatatype.XSDdate) ? " (dates are YYYY-MM-DD, or YYYY where only the year is known)" : "")));
            }
        });
    }

    /**
     * Every cell must show up in what its row made: a key with a space, say, makes no valid IRI,
     * and the mapping would silently drop it. The quote is checked against its source instead.
     */
    static void cellsUsed(Table.Row row, Graph triples, List<Problem> problems) {
        if (triples.isEmpty()) {
            String culprit = row.cells().entrySet().stream()
                    .filter(c -> c.getValue().matches(".*[\\s<>\"{}|^`\\\\].*") && !c.getKey().equals("quote"))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
            problems.add(new Problem(row.at(culprit), (culprit == null ? "" : "'" + row.get(culprit)
                    + "' cannot be part of an IRI; ") + "the row made nothing in the graph"));
            return;
        }
        java.util.Set<String> terms = new java.util.HashSet<>();
        triples.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                terms.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "");
            }
        });
        for (var cell : row.cells().entrySet()) {
            if (cell.getKey().equals("quote")) continue;
            for (String value : cell.getValue().split("\\s*;\\s*")) {
                if (value.isEmpty() || terms.stream().anyMatch(term -> term.contains(value))) continue;
                problems.add(new Problem(row.at(cell.getKey()), "'" + value
                        + "' made nothing in the graph: it is not a valid key, date or value for this column"));
            }
        }
    }

    /** The column of {@code row} whose value (or one of its values) is {@code value}. */
    private static String columnHolding(Table.Row row, String value) {
        for (var cell : row.cells().entrySet()) {
            if (cell.getValue().equals(value) || List.of(cell.getValue().split("\\s*;\\s*")).contains(value)) return cell.getKey();
        }
        return null;
    }

    /** The column of {@code row} whose value (or one of its values) ends {@code iri}: the cell that names it. */
    static String columnReferring(Table.Row row, String iri) {
        for (var cell : row.cells().entrySet()) {
            for (String value : cell.getValue().split("\\s*;\\s*")) {
                if (!value.isEmpty() && (iri.endsWith("/" + value) || iri.endsWith("#" + value))) return cell.getKey();
            }
        }
        return null;
    }
}
