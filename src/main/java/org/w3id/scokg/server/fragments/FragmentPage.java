package org.w3id.scokg.server.fragments;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.vocab.HYDRA;
import org.w3id.scokg.vocab.SD;
import org.w3id.scokg.vocab.VOID;

/**
 * One page of a fragment, as the Triple Pattern Fragments specification describes it and its
 * Quad Pattern extension adds: the matching quads of the page, and in a metadata graph (named
 * {@code {page}#metadata}, the primary topic of which is what the page is a subset of) the dataset's subset the
 * fragment and the fragment's the page ({@code void:subset}), the count ({@code void:triples},
 * {@code hydra:totalItems}) of the fragment and of the page (where Comunica and the reference
 * server read it), the page size, the links to the first, previous and next pages, and the
 * dataset's {@code hydra:search} form: an IRI template over subject,
 * predicate, object and graph in the explicit representation, and the IRI that stands for the
 * default graph ({@code sd:defaultGraph}).
 */
final class FragmentPage {
    static final int PAGE_SIZE = 100;

    /** The pattern's parameters as given (explicit representation), by name; absent ones left out. */
    record Pattern(Map<String, String> parameters) {}

    private final String fragments;
    private final String pageUrl;
    private final Pattern pattern;
    private final BigInteger page;
    private final List<Quad> matches;

    /**
     * A page of {@code matches}: {@code fragments} is the absolute URL of the interface, {@code
     * pageUrl} the URL the page was asked for, as RFC 3986 writes it ({@link IriQuery}: clients find
     * the metadata by it, and ask for it so written).
     */
    FragmentPage(String fragments, String pageUrl, Pattern pattern, BigInteger page, List<Quad> matches) {
        this.fragments = fragments;
        this.pageUrl = pageUrl;
        this.pattern = pattern;
        this.page = page;
        this.matches = matches;
    }

    static Node defaultGraph(String fragments) {
        return NodeFactory.createURI(fragments + "#default-graph");
    }

    /** Writes the metadata first (its primary topic leading), then the page's quads. */
    void write(StreamRDF out, boolean quads) {
        Node dataset = NodeFactory.createURI(fragments + "#dataset");
        Node view = NodeFactory.createURI(pageUrl);
        Node fragment = NodeFactory.createURI(fragmentUrl(pageUrl));
        Node metadata = NodeFactory.createURI(pageUrl + "#metadata");
        out.start();
        // Formats without graphs carry the metadata among the data, as triples.
        Emitter m = new Emitter(out, quads ? metadata : Quad.defaultGraphIRI);
        // The metadata is about what the page is a subset of: the fragment, or the dataset on a first
        // page asked without `page` (the fragment itself). Comunica takes as metadata the graph whose
        // primary topic has the page asked for as its subset; with the dataset always the topic,
        // Comunica read the metadata as data from page 2 on.
        m.add(metadata, FOAF.primaryTopic.asNode(), fragment.equals(view) ? dataset : fragment);
        m.add(dataset, RDF.type.asNode(), VOID.Dataset);
        m.add(dataset, RDF.type.asNode(), HYDRA.Collection);
        // The specification's chain: the dataset's subset is the fragment, the fragment's the page.
        m.add(dataset, VOID.subset, fragment);
        if (!fragment.equals(view)) m.add(fragment, VOID.subset, view);
        m.add(dataset, SD.defaultGraph, defaultGraph(fragments));
        search(m, dataset);
        m.add(view, RDF.type.asNode(), HYDRA.PartialCollectionView);
        Node total = NodeFactory.createLiteralDT(Integer.toString(matches.size()), XSDDatatype.XSDinteger);
        m.add(fragment, VOID.triples, total);
        m.add(fragment, HYDRA.totalItems, total);
        if (!fragment.equals(view)) {
            m.add(view, VOID.triples, total);
            m.add(view, HYDRA.totalItems, total);
        }
        m.add(view, HYDRA.itemsPerPage, NodeFactory.createLiteralDT(Integer.toString(PAGE_SIZE), XSDDatatype.XSDinteger));
        int last = last();
        m.add(view, HYDRA.first, NodeFactory.createURI(link(1)));
        if (previous() > 0) m.add(view, HYDRA.previous, NodeFactory.createURI(link(previous())));
        if (next() > 0) m.add(view, HYDRA.next, NodeFactory.createURI(link(next())));
        for (Quad q : quadsOfPage()) {
            if (quads) out.quad(q);
            else out.triple(q.asTriple());
        }
        out.finish();
    }

    /** The quads of this page, none past the last. */
    List<Quad> quadsOfPage() {
        // Compared before any int arithmetic: (page - 1) * PAGE_SIZE overflows an int from page
        // 21,474,838.
        if (page.compareTo(BigInteger.valueOf(last())) > 0) return List.of();
        int from = (page.intValueExact() - 1) * PAGE_SIZE;
        return matches.subList(from, Math.min(matches.size(), from + PAGE_SIZE));
    }

    /** How many quads match the pattern, on every page. */
    int total() {
        return matches.size();
    }

    /**
     * This page's number, from 1, as asked: it may be past the last, however far, even past what an
     * {@code int} holds.
     */
    BigInteger page() {
        return page;
    }

    /**
     * The number of the page before this one; 0 on the first page and past the last, where the page
     * before is empty too (the specification allows no link to an empty page).
     */
    int previous() {
        return page.compareTo(BigInteger.ONE) > 0 && page.compareTo(BigInteger.valueOf(last())) <= 0 ? page.intValueExact() - 1 : 0;
    }

    /** Whether this page is past the last one (and so empty). */
    boolean pastTheLast() {
        return page.compareTo(BigInteger.valueOf(last())) > 0;
    }

    /** The number of the page after this one; 0 on the last page and past it. */
    int next() {
        return page.compareTo(BigInteger.valueOf(last())) < 0 ? page.intValueExact() + 1 : 0;
    }

    /** The last page's number: 1 when nothing matches. */
    int last() {
        return Math.max(1, (matches.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The IRI that stands for the default graph, the union of the named graphs. */
    Node defaultGraph() {
        return defaultGraph(fragments);
    }

    /** The URL of the fragment a page belongs to: the page's, without its {@code page} parameter. */
    static String fragmentUrl(String pageUrl) {
        int query = pageUrl.indexOf('?');
        if (query < 0) return pageUrl;
        String kept = String.join("&", java.util.Arrays.stream(pageUrl.substring(query + 1).split("&", -1))
                .filter(parameter -> !parameter.equals("page") && !parameter.startsWith("page=")).toList());
        return pageUrl.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** The URL the page was asked for. */
    String pageUrl() {
        return pageUrl;
    }

    private void search(Emitter m, Node dataset) {
        Node form = NodeFactory.createURI(fragments + "#search");
        m.add(dataset, HYDRA.search, form);
        m.add(form, RDF.type.asNode(), HYDRA.IriTemplate);
        m.add(form, HYDRA.template, NodeFactory.createLiteralString(fragments + "{?subject,predicate,object,graph}"));
        m.add(form, HYDRA.variableRepresentation, HYDRA.ExplicitRepresentation);
        Map<String, Node> mappings = new LinkedHashMap<>();
        mappings.put("subject", RDF.subject.asNode());
        mappings.put("predicate", RDF.predicate.asNode());
        mappings.put("object", RDF.object.asNode());
        mappings.put("graph", SD.graph);
        mappings.forEach((variable, property) -> {
            Node mapping = NodeFactory.createURI(fragments + "#" + variable);
            m.add(form, HYDRA.mapping, mapping);
            m.add(mapping, RDF.type.asNode(), HYDRA.IriTemplateMapping);
            m.add(mapping, HYDRA.variable, NodeFactory.createLiteralString(variable));
            m.add(mapping, HYDRA.property, property);
        });
    }

    /** {@link #link} on this server, as a path: for a page's links, which stay on the host it was read from. */
    String path(int n) {
        return "/fragments" + link(n).substring(fragments.length());
    }

    /** The URL of another page of the same pattern. */
    private String link(int n) {
        StringBuilder url = new StringBuilder(fragments);
        char separator = '?';
        for (var parameter : pattern.parameters().entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.append(separator).append("page=").append(n).toString();
    }

    /** Writes triples into the metadata graph (or the default graph, for formats without graphs). */
    private record Emitter(StreamRDF out, Node graph) {
        void add(Node s, Node p, Node o) {
            if (graph.equals(Quad.defaultGraphIRI)) out.triple(Triple.create(s, p, o));
            else out.quad(Quad.create(graph, s, p, o));
        }
    }
}
