package org.w3id.scokg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.graph.Table;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.vocab.SCO;

/**
 * Every IRI the data and its provenance hold that is not sco-kg's own (a source's address, a link
 * to Wikidata, DBpedia or GeoNames: a table's cell, taken as written) is one RFC 3986 reads without
 * a warning ({@link org.w3id.scokg.graph.Rfc3986Iris}): an address with its default port written
 * ({@code https://host:443/…}), a scheme in capitals or a percent-encoding in small letters is
 * published as written, a warning to a client that reads IRIs by RFC 3986 (Jena with jena-iri3986)
 * and an error to a strict one. sco-kg's own IRIs are made from keys the shapes check.
 */
final class ExternalIris {
    private ExternalIris() {}

    static List<Problem> check(KnowledgeGraph graph) {
        List<Problem> problems = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (Graph g : List.of(graph.data(), graph.provenance())) {
            for (Triple t : g.find().toList()) {
                Node object = t.getObject();
                if (!object.isURI() || object.getURI().startsWith(SCO.ID) || !read.add(object.getURI())) continue;
                String warning = warning(object.getURI());
                if (warning != null) problems.add(new Problem(where(graph, t.getSubject(), object.getURI()), "<" + object.getURI() + "> is not an IRI as RFC 3986 writes it: " + warning));
            }
        }
        return problems;
    }

    /** What RFC 3986 finds wrong with {@code iri}, or null where nothing is. */
    static String warning(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.hasViolations()) return null;
            List<String> said = new ArrayList<>();
            // jena-iri3986 begins each message with the IRI, which the problem names already.
            parsed.handleViolations((error, message) -> said.add(message.replace("<" + iri + "> ", "")));
            return String.join("; ", said);
        } catch (IRIException e) {
            return e.getMessage();
        }
    }

    /** The cell that holds {@code iri} in the row {@code subject} was made from, else the row, else the built graph. */
    private static Location where(KnowledgeGraph graph, Node subject, String iri) {
        Table.Row row = graph.origins().get(subject);
        if (row == null) return graph.originOf(subject, "the built graph");
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (cell.getValue().equals(iri)) return row.at(cell.getKey());
        }
        return row.at(null);
    }
}
