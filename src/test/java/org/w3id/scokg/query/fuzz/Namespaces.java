package org.w3id.scokg.query.fuzz;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes generated queries declare: the usual ones, the fuzzer's, and the data's commonest namespaces. */
final class Namespaces {
    /** Namespaces of the data given a prefix of their own. */
    private static final int OWN = 6;

    private Namespaces() {}

    static PrefixMapping of(Collection<Node> terms) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefix("rdf", RDF.getURI());
        prefixes.setNsPrefix("rdfs", RDFS.getURI());
        prefixes.setNsPrefix("xsd", XSD.getURI());
        prefixes.setNsPrefix("ex", TermPool.FUZZ);
        prefixes.setNsPrefix("absent", TermPool.ABSENT);
        Map<String, Integer> counts = new TreeMap<>();
        for (Node term : terms) if (term.isURI()) counts.merge(namespace(term.getURI()), 1, Integer::sum);
        counts.entrySet().stream()
                .filter(e -> prefixes.getNsURIPrefix(e.getKey()) == null && !e.getKey().isEmpty())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(OWN)
                .forEach(e -> prefixes.setNsPrefix("n" + prefixes.numPrefixes(), e.getKey()));
        return prefixes.lock();
    }

    private static String namespace(String iri) {
        int end = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(0, end + 1);
    }
}
