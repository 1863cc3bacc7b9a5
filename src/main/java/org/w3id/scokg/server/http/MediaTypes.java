package org.w3id.scokg.server.http;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;

/**
 * Content negotiation, one pure function for every route: an Accept header (q-values, lists,
 * wildcards) and what a route offers in, the media type to send out. Each offer gets the q of the
 * most specific range that matches it (a type beats {@code type/*}, which beats {@code *\/*}); the
 * highest q above 0 wins; between offers of the same q, the one the client named first wins, then
 * the route's own order. Media types are compared without regard to case.
 */
public final class MediaTypes {
    /**
     * A format a description is served in; HTML first, so browsers and clients that send no Accept
     * get a page. TriG and N-Quads are the dataset syntaxes: they name the graph of each triple.
     */
    public enum Format {
        HTML("html", "text/html", null),
        TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
        JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
        RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN),
        NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
        TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY),
        NQUADS("nq", "application/n-quads", RDFFormat.NQUADS_UTF8);

        public final String extension;
        public final String mediaType;
        public final RDFFormat rdfFormat;

        Format(String extension, String mediaType, RDFFormat rdfFormat) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.rdfFormat = rdfFormat;
        }

        /** Whether the syntax writes a dataset, each triple in a graph it names (TriG, N-Quads), not one graph. */
        public boolean namesGraphs() {
            return this == TRIG || this == NQUADS;
        }
    }

    /** The formats of RDF alone, for routes that have no page: one graph each, which TriG writes as its default graph. */
    public static final List<Format> RDF = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES, Format.TRIG);

    /** A page and the formats of RDF: the ontology's. */
    public static final List<Format> PAGE_AND_RDF = List.of(Format.HTML, Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES, Format.TRIG);

    /**
     * A thing's description: its page, the formats of RDF, and N-Quads, which with TriG keeps each of
     * its triples in the named graph that holds it.
     */
    public static final List<Format> DESCRIPTION = List.of(Format.values());

    /** A thing's description in RDF: every format of {@link #DESCRIPTION} but the page. */
    public static final List<Format> DESCRIPTION_RDF = DESCRIPTION.stream().filter(f -> f != Format.HTML).toList();

    private MediaTypes() {}

    /**
     * The server's own quality of each syntax of a thing's description (RFC 9110 12.1, Apache's
     * {@code qs}), by which a client's q is multiplied: TriG and N-Quads put the thing's facts in
     * named graphs and only the document's own triples in the default graph, which is all a client
     * that reads quads as triples sees. Comunica asks {@code application/n-quads} first, JSON-LD at
     * 0.9, and given N-Quads over a thing's IRI counts 4 triples where its description holds 95. A
     * client that asks for quads alone, or by extension, still gets them. The
     * quality weighs quads against the syntaxes of triples only: whether a page or RDF is sent is the
     * client's weights' alone ({@link #negotiate(String)}), so {@code application/trig, *}{@code /*;q=0.8}
     * gets RDF, not the page its wildcard would have won against TriG at half.
     */
    static final double QUADS_QUALITY = 0.5;

    /**
     * The description format an Accept header asks for; HTML when there is none; empty when nothing
     * offered is acceptable. The page or RDF as the client weighs them; among the syntaxes of RDF,
     * quads at {@link #QUADS_QUALITY}.
     */
    public static Optional<Format> negotiate(String accept) {
        Optional<Format> asked = negotiate(accept, DESCRIPTION);
        if (asked.isEmpty() || asked.get() == Format.HTML) return asked;
        return negotiateRdfType(accept, DESCRIPTION_RDF.stream().map(f -> f.mediaType).toList(),
                type -> type.equals(Format.TRIG.mediaType) || type.equals(Format.NQUADS.mediaType) ? QUADS_QUALITY : 1)
                .flatMap(MediaTypes::byMediaType);
    }

    /**
     * The format among {@code offers} that an Accept header asks for; the first offer when there is
     * none. JSON-LD is also what a client asking for {@code application/json} gets (JSON-LD is JSON,
     * not a 406), weighed and ordered as the client wrote it.
     */
    public static Optional<Format> negotiate(String accept, List<Format> offers) {
        return negotiateRdfType(accept, offers.stream().map(f -> f.mediaType).toList())
                .flatMap(type -> offers.stream().filter(f -> f.mediaType.equals(type)).findFirst());
    }

    /**
     * The media type among {@code offers} (media types of RDF) that an Accept header asks for, as
     * {@link #negotiateType} chooses it, with each of {@link #ALIASES} read as the type it names where
     * that is offered and not refused by its own name, weighed and ordered as the client wrote it
     * ({@code application/json}, which the fragments would otherwise answer 406).
     */
    public static Optional<String> negotiateRdfType(String accept, List<String> offers) {
        return negotiateRdfType(accept, offers, type -> 1);
    }

    /** As {@link #negotiateRdfType(String, List)}, each offer's q multiplied by the server's own {@code quality} of it. */
    static Optional<String> negotiateRdfType(String accept, List<String> offers, ToDoubleFunction<String> quality) {
        List<String> types = new java.util.ArrayList<>(offers);
        ALIASES.forEach((alias, type) -> {
            if (offers.contains(type) && !refuses(accept, type)) types.add(alias);
        });
        return negotiateType(accept, types, type -> quality.applyAsDouble(ALIASES.getOrDefault(type, type))).map(type -> ALIASES.getOrDefault(type, type));
    }

    static final String JSON = "application/json";

    /**
     * Other names of the media types of RDF, each with the type it is written in: JSON for JSON-LD,
     * and from Jena's registry each syntax's other names ({@code text/plain} for N-Triples,
     * {@code text/trig}, {@code text/n-quads}, {@code application/turtle}) and N3's, which Jena writes
     * in Turtle: {@code Accept: text/n3} gets Turtle from a thing's IRI, as from the endpoint, not a 406.
     */
    static final Map<String, String> ALIASES = aliases();

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put(JSON, Format.JSONLD.mediaType);
        for (Lang lang : RDFLanguages.getRegisteredLanguages()) {
            RDFFormat written = RDFWriterRegistry.defaultSerialization(lang);
            if (written == null) continue;
            String type = written.getLang().getContentType().getContentTypeStr();
            java.util.stream.Stream.concat(java.util.stream.Stream.of(lang.getContentType().getContentTypeStr()), lang.getAltContentTypes().stream())
                    .map(name -> name.toLowerCase(Locale.ROOT)).filter(name -> !name.equals(type)).forEach(name -> aliases.putIfAbsent(name, type));
        }
        return Collections.unmodifiableMap(aliases);
    }

    /** The media type among {@code offers} that an Accept header asks for; the first offer when there is none. */
    public static Optional<String> negotiateType(String accept, List<String> offers) {
        return negotiateType(accept, offers, type -> 1);
    }

    private static Optional<String> negotiateType(String accept, List<String> offers, ToDoubleFunction<String> quality) {
        // A header that says nothing readable is read as none (AcceptHeader): the first offer.
        List<AcceptHeader.Range> ranges = ranges(accept);
        if (ranges.isEmpty()) return offers.stream().findFirst();
        String best = null;
        double bestQ = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (String offer : offers) {
            Match match = match(offer, ranges);
            double q = match.q * quality.applyAsDouble(offer);
            if (q > bestQ || (q == bestQ && q > 0 && match.position < bestPosition)) {
                best = offer;
                bestQ = q;
                bestPosition = match.position;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether an Accept header refuses a type by name or range ({@code q=0}, in any case). */
    public static boolean refusesAny(String accept) {
        return ranges(accept).stream().anyMatch(range -> range.q() == 0);
    }

    /**
     * Whether an Accept header names {@code type} only by another of its names ({@link #ALIASES}),
     * which a library that does not know them (Fuseki) would not read as that type.
     */
    public static boolean asksByAnotherName(String accept, String type) {
        List<String> named = ranges(accept).stream().map(AcceptHeader.Range::name).toList();
        return !named.contains(type) && named.stream().anyMatch(name -> type.equals(ALIASES.get(name)));
    }

    /** Whether an Accept header refuses {@code type} itself (a range naming it with {@code q=0}). */
    public static boolean refuses(String accept, String type) {
        return ranges(accept).stream().anyMatch(range -> range.q() == 0 && range.name().equals(type));
    }

    private static List<AcceptHeader.Range> ranges(String accept) {
        return AcceptHeader.ranges(accept).orElse(List.of());
    }

    /** The q an offer gets, and the position in the client's list of the range that gave it. */
    private record Match(double q, int position) {}

    private static Match match(String offer, List<AcceptHeader.Range> ranges) {
        String[] parts = offer.split("/");
        int bestSpecificity = -1;
        Match match = new Match(0, Integer.MAX_VALUE);
        for (int i = 0; i < ranges.size(); i++) {
            AcceptHeader.Range range = ranges.get(i);
            boolean anyType = range.type().equals("*");
            boolean anySub = range.subtype().equals("*");
            boolean matches = (anyType || range.type().equals(parts[0])) && (anySub || range.subtype().equals(parts[1]));
            int specificity = anyType ? 0 : anySub ? 1 : 2;
            if (matches && specificity > bestSpecificity) {
                bestSpecificity = specificity;
                match = new Match(range.q(), i);
            }
        }
        return match;
    }

    /**
     * A {@code Link} header naming {@code path} in each of {@code formats} by its extension, as
     * {@code rel="alternate"} with its media type: what a description and the ontology send.
     */
    public static String alternateLinks(String path, List<Format> formats) {
        StringBuilder links = new StringBuilder();
        for (Format format : formats) {
            if (links.length() > 0) links.append(", ");
            links.append('<').append(path).append('.').append(format.extension).append(">; rel=\"alternate\"; type=\"").append(format.mediaType).append('"');
        }
        return links.toString();
    }

    /** The formats by extension and by media type: looked up on every request for a description. */
    private static final Map<String, Format> BY_EXTENSION = new HashMap<>();
    private static final Map<String, Format> BY_MEDIA_TYPE = new HashMap<>();

    static {
        for (Format format : Format.values()) {
            BY_EXTENSION.put(format.extension, format);
            BY_MEDIA_TYPE.put(format.mediaType, format);
        }
    }

    public static Optional<Format> byExtension(String extension) {
        return Optional.ofNullable(extension == null ? null : BY_EXTENSION.get(extension));
    }

    public static Optional<Format> byMediaType(String mediaType) {
        return Optional.ofNullable(mediaType == null ? null : BY_MEDIA_TYPE.get(mediaType));
    }

    /**
     * A format named by {@code ?format=}: an extension or a media type, in any case, as RFC 9110 8.3.1
     * reads a media type and as {@code /sparql}, {@code /queries} and {@code /graph} read their names.
     */
    public static Optional<Format> byName(String name) {
        if (name == null) return Optional.empty();
        String key = name.strip().toLowerCase(Locale.ROOT);
        return byExtension(key).or(() -> byMediaType(key));
    }

    /** What a SPARQL query's answer is: rows or a boolean (SELECT, ASK), or RDF (CONSTRUCT, DESCRIBE). */
    public enum Answer {
        RESULTS("a SELECT or ASK"),
        GRAPH("a CONSTRUCT or DESCRIBE");

        /** The queries that answer so, for a sentence. */
        public final String queries;

        Answer(String queries) {
            this.queries = queries;
        }
    }

    /** The names of the formats of a SELECT or ASK answer in {@code format=}: Fuseki's. */
    private static final Map<String, String> RESULTS_NAMES = names("json", "application/sparql-results+json", "xml", "application/sparql-results+xml",
            "csv", "text/csv", "tsv", "text/tab-separated-values", "text", "text/plain", "sparql", "application/sparql-results+xml", "thrift",
            "application/sparql-results+thrift");

    /**
     * The names of the formats of a CONSTRUCT or DESCRIBE answer in {@code format=}: a description's
     * extensions (as {@code /doc} takes them), then Fuseki's names, which read {@code json}, {@code xml}
     * and {@code text} as JSON-LD, RDF/XML and Turtle.
     */
    private static final Map<String, String> GRAPH_NAMES = graphNames();

    private static Map<String, String> graphNames() {
        Map<String, String> names = new LinkedHashMap<>();
        DESCRIPTION_RDF.forEach(format -> names.put(format.extension, format.mediaType));
        names.putAll(names("turtle", "text/turtle", "json-ld", "application/ld+json", "json", "application/ld+json", "xml", "application/rdf+xml", "text",
                "text/turtle", "n-quads", "application/n-quads", "json-rdf", "application/rdf+json"));
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) names.put(pairs[i], pairs[i + 1]);
        return names;
    }

    /**
     * The media type {@code name} asks for as the format of an {@code answer} of the SPARQL endpoint
     * ({@code format=}, {@code output=}, {@code results=}): a name of {@link #answerFormatNames}, in any
     * case, or a media type Jena writes such an answer in, which names itself without its parameters
     * (Fuseki reads none: {@code text/csv;charset=utf-8} is its 400 "Not recognized for SPARQL
     * results"); empty for any other.
     */
    public static Optional<String> answerType(String name, Answer answer) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!key.contains("/")) return Optional.ofNullable((answer == Answer.GRAPH ? GRAPH_NAMES : RESULTS_NAMES).get(key));
        String type = key.split(";", 2)[0].strip();
        boolean written = answer == Answer.GRAPH ? writesRdf(type) : type.equals("text/plain") || writesResults(type);
        return written ? Optional.of(type) : Optional.empty();
    }

    private static boolean writesResults(String type) {
        Lang lang = WebContent.contentTypeToLangResultSet(type);
        return lang != null && ResultSetWriterRegistry.isRegistered(lang);
    }

    private static boolean writesRdf(String type) {
        Lang lang = RDFLanguages.contentTypeToLang(type);
        return lang != null && RDFWriterRegistry.defaultSerialization(lang) != null;
    }

    /** The names of the formats of an {@code answer}, in the order a message lists them. */
    public static List<String> answerFormatNames(Answer answer) {
        return List.copyOf((answer == Answer.GRAPH ? GRAPH_NAMES : RESULTS_NAMES).keySet());
    }
}
