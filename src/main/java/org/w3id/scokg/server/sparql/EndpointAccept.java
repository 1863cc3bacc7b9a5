package org.w3id.scokg.server.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.scokg.server.http.AcceptHeader;
import org.w3id.scokg.server.http.MediaTypes;

/**
 * The Accept header Fuseki's query service is given. Fuseki's negotiation reads {@code q=0} as
 * asking for a type (it gives JSON for {@code text/html;q=0.5, application/sparql-results+json;q=0}),
 * so a header that refuses a type is negotiated here, with its weights, wildcards and refusals
 * ({@link MediaTypes#negotiateType}), once among the formats of a SELECT or ASK and once among
 * those of a CONSTRUCT or DESCRIBE, and Fuseki gets the winner of each, which it picks between by
 * the query's form. A header that refuses nothing goes as it came.
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
        if (!MediaTypes.refusesAny(accept)) return Optional.ofNullable(accept == null ? null : withJsonLd(accept));
        List<String> chosen = new ArrayList<>();
        // application/json is SPARQL's JSON results to a SELECT, as Fuseki reads it.
        List<String> results = new ArrayList<>(RESULTS);
        results.add(JSON_TYPE);
        MediaTypes.negotiateType(accept, results).map(type -> type.equals(JSON_TYPE) ? RESULTS.get(0) : type).ifPresent(chosen::add);
        // application/json is JSON-LD to a graph answer, as to a thing's description and a Graph Store read.
        MediaTypes.negotiateRdfType(accept, GRAPHS).ifPresent(chosen::add);
        return chosen.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", chosen));
    }

    private static final String JSON_TYPE = "application/json";

    /** The JSON media range of {@code application/json}: its type and its parameters (a weight). */
    private static final Pattern JSON = Pattern.compile("(?i)application/json(\\s*;[^,]*)?");

    /**
     * The header with JSON-LD beside {@code application/json}, with its weight: Fuseki reads that type
     * as SPARQL's JSON results for a SELECT, and gives Turtle for a CONSTRUCT, where a thing's
     * description and a Graph Store read give JSON-LD.
     */
    static String withJsonLd(String accept) {
        String lower = accept.toLowerCase(java.util.Locale.ROOT);
        // Most requests name no application/json: they are answered without the pattern.
        if (lower.contains("ld+json") || !lower.contains(JSON_TYPE)) return accept;
        Matcher json = JSON.matcher(accept);
        return json.find() ? accept + ", application/ld+json" + (json.group(1) == null ? "" : json.group(1)) : accept;
    }

    /**
     * Whether an Accept header names only types no answer of the endpoint is written in, with no
     * wildcard: {@code image/png}, {@code application/pdf}. Fuseki answers such a client 200 in its
     * default format (SPARQL XML, Turtle); here it is a 406, as a Graph Store read's is. Every type
     * Jena knows a syntax of RDF or of results by, JSON, XML and a page (the editor a browser gets)
     * stay Fuseki's to choose among; a header that cannot be read too.
     */
    static boolean namesNothingWritten(String accept) {
        // A header that says nothing readable is read as none (AcceptHeader), which names everything.
        List<AcceptHeader.Range> ranges = AcceptHeader.ranges(accept).orElse(List.of());
        if (ranges.isEmpty()) return false;
        for (AcceptHeader.Range range : ranges) {
            if (range.q() == 0) continue;
            if (range.type().equals("*") || range.subtype().equals("*") || WRITTEN.contains(range.name())) return false;
        }
        return true;
    }

    /** The types an answer of the endpoint may be written in, or a page for a browser. */
    private static final java.util.Set<String> WRITTEN = written();

    private static java.util.Set<String> written() {
        java.util.Set<String> types = new java.util.HashSet<>(all());
        types.addAll(List.of(JSON_TYPE, "application/xml", "text/xml", "text/html", "application/xhtml+xml"));
        for (org.apache.jena.riot.Lang lang : org.apache.jena.riot.RDFLanguages.getRegisteredLanguages()) {
            types.add(lang.getContentType().getContentTypeStr().toLowerCase(java.util.Locale.ROOT));
            lang.getAltContentTypes().forEach(type -> types.add(type.toLowerCase(java.util.Locale.ROOT)));
        }
        return java.util.Set.copyOf(types);
    }

    /** Every format the endpoint answers in, for a 406. */
    static List<String> all() {
        List<String> all = new ArrayList<>(RESULTS);
        all.addAll(GRAPHS);
        return all;
    }
}
