package org.w3id.scokg.server.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.scokg.server.web.MediaTypes;

/**
 * The Accept header Fuseki's query service is given. Fuseki's negotiation reads {@code q=0} as
 * asking for a type (a review on 2 December 2026 got JSON for {@code text/html;q=0.5,
 * application/sparql-results+json;q=0}), so a header that refuses a type is negotiated here, with
 * its weights, wildcards and refusals ({@link MediaTypes#negotiateType}), once among the formats of
 * a SELECT or ASK and once among those of a CONSTRUCT or DESCRIBE, and Fuseki gets the winner of
 * each, which it picks between by the query's form. A header that refuses nothing goes as it came.
 */
final class EndpointAccept {
    /** The formats of a SELECT or ASK answer, in Fuseki's order. */
    static final List<String> RESULTS = List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
            "text/plain");
    /** The formats of a CONSTRUCT or DESCRIBE answer. */
    static final List<String> GRAPHS = List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", "application/trig",
            "application/n-quads");

    private EndpointAccept() {}

    /** The header for Fuseki; empty when the client refuses every format the endpoint has. */
    static Optional<String> forFuseki(String accept) {
        if (!MediaTypes.refusesAny(accept)) return Optional.ofNullable(accept);
        List<String> chosen = new ArrayList<>();
        MediaTypes.negotiateType(accept, RESULTS).ifPresent(chosen::add);
        MediaTypes.negotiateType(accept, GRAPHS).ifPresent(chosen::add);
        return chosen.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", chosen));
    }

    /** Every format the endpoint answers in, for a 406. */
    static List<String> all() {
        List<String> all = new ArrayList<>(RESULTS);
        all.addAll(GRAPHS);
        return all;
    }
}
