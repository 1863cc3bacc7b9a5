package org.w3id.scokg.server.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.http.FormatParameter;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.server.web.Texts;

/**
 * {@code /search?q=}: the things whose names, titles, symbols or quotes match, as a page (kind,
 * label in the reader's language, the matching text with the words marked) or, to a program
 * ({@code Accept: application/json} or {@code ?format=json}), as JSON; {@code /search/suggest?q=}
 * the OpenSearch suggestions a search box shows as one types; {@code /opensearch.xml} the
 * description with which a browser adds the site as a search engine.
 */
final class SearchServlet extends HttpServlet {
    static final int RESULTS = 50;
    private static final String JSON_TYPE = "application/json";
    /**
     * The paths this servlet answers ({@link SearchModule} maps it to {@code /search/*}); {@code
     * /search/} is the search page too, as it was (TrailingSlashes moves no address that names a page).
     */
    static final Set<String> ROUTES = Set.of("/search", "/search/", "/search/suggest", "/opensearch.xml");
    /**
     * At most this many pages of results: {@value} times {@link #RESULTS}, so every search ranks the
     * best 501 things found (2,004 of the index's hits); a search of "SCO" took 20 to 90 ms at x1 so,
     * and finds 253.
     */
    static final int PAGES = 10;

    private final transient Search search;
    private final transient ResultFinder finder;
    private final transient Snippets snippets;
    private final transient ResultsHtml html;
    private final transient ResultsJson json;
    private final transient OpenSearchSuggestions suggestions;
    private final transient PublicUrls urls;

    /** The servlet of {@code search} over the graph's {@code data} and {@code union}, whose UN symbols are {@code symbols} ({@link ResultFinder#symbols}). */
    SearchServlet(Search search, Graph data, Graph union, Set<String> symbols, PublicUrls urls) {
        ThingKinds kinds = new ThingKinds(data, union);
        this.search = search;
        this.finder = new ResultFinder(search, symbols);
        this.snippets = new Snippets(union);
        this.html = new ResultsHtml(union, kinds);
        this.json = new ResultsJson(union, urls, kinds);
        this.suggestions = new OpenSearchSuggestions(search, finder, union, urls, kinds);
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The servlet is mapped to /search/*, so a path it has no route for is a 404, before its
        // parameters are read: otherwise /search/nope?q=India would give results citing /search, 200.
        if (!ROUTES.contains(path)) {
            Refusals.notFound(request, response, Sentence.of("said.nothingAt", NamedQuery.echo(urls.local(path))));
            return;
        }
        if (Refusals.refusedRepeated(request, response, "q", "format", "lang")) return;
        String q = TypedText.cut(request.getParameter("q") == null ? "" : request.getParameter("q").strip());
        Language language = Language.of(request);
        switch (path) {
            case "/opensearch.xml" -> {
                Vary.onLanguage(response);
                Responses.send(request, response, "application/opensearchdescription+xml;charset=utf-8",
                        OpenSearchDescription.of(request, urls, Texts.of(language)).getBytes(StandardCharsets.UTF_8));
            }
            case "/search/suggest" -> Responses.send(request, response, "application/x-suggestions+json;charset=utf-8", suggestions.of(q, language).getBytes(StandardCharsets.UTF_8));
            case "/search", "/search/" -> results(request, response, q, language);
        }
    }

    private void results(HttpServletRequest request, HttpServletResponse response, String q, Language language) throws IOException {
        Vary.onAccept(response);
        Vary.onLanguage(response);
        OptionalInt asked = page(request);
        if (asked.isEmpty()) {
            Refusals.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.searchPage", PAGES, RESULTS));
            return;
        }
        // format= names json or html, in any case, as on /sparql; any other name (format=xml) is a
        // 400, not the page with a 200, said as every route says it, and before a search is paid for.
        String format = FormatParameter.of(request);
        if (format != null && !format.equals("json") && !format.equals("html")) {
            FormatParameter.refuse(request, response, List.of("json", "html"));
            return;
        }
        PageOfResults results = find(q, asked.getAsInt(), language);
        boolean asJson = "json".equals(format)
                || (format == null && MediaTypes.negotiateType(request.getHeader("Accept"), List.of("text/html", JSON_TYPE)).filter(JSON_TYPE::equals).isPresent());
        if (asJson) {
            Responses.send(request, response, JSON_TYPE + ";charset=utf-8", json.of(results, language).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Responses.html(request, response, html.of(request, results));
    }

    /**
     * Page {@code number} of the results of {@code q}. A word with a leading minus is one the results
     * must not hold ("India -Pakistan", as in most search engines), not a word like any other. The
     * results are those of the other words, less those that hold an excluded word, the same found
     * before the exclusion: "SCO -zzzz" shows what "SCO" shows.
     */
    private PageOfResults find(String q, int number, Language language) {
        TypedText.Words words = TypedText.Words.of(q);
        // Page n shows results (n - 1) * RESULTS + 1 to n * RESULTS, so a search with more than one
        // page of results ("上海") has a way past its first. Every page is cut from the same
        // best PAGES * RESULTS + 1, so the pages follow one another: things rank before facts whatever
        // their scores (Search's ranking), so a deeper search puts things ahead that a shallower one has
        // not reached, and a page 2 found deeper than page 1 would repeat some of it.
        ResultFinder.Found found = finder.find(words.wanted(), PAGES * RESULTS + 1, language);
        List<Search.Hit> all = ShownThings.once(search.without(found.hits(), words.excluded()));
        int from = Math.min((number - 1) * RESULTS, all.size());
        List<Search.Hit> hits = all.subList(from, Math.min(number * RESULTS, all.size())).stream().map(hit -> snippets.inLanguage(hit, language.tag)).toList();
        // More found than this page shows: a next page (up to PAGES), and the heading does not count them as all there are.
        boolean next = all.size() > number * RESULTS;
        boolean close = found.close() && !hits.isEmpty();
        return new PageOfResults(q, words, hits, number, from, next, close);
    }

    /** The page asked for ({@code page=}, 1 when not given); empty when it is no whole number from 1 to {@link #PAGES}, or is given twice. */
    private static OptionalInt page(HttpServletRequest request) {
        String[] values = request.getParameterValues("page");
        if (values == null) return OptionalInt.of(1);
        if (values.length > 1 || !values[0].strip().matches("[0-9]{1,3}")) return OptionalInt.empty();
        int page = Integer.parseInt(values[0].strip());
        return page >= 1 && page <= PAGES ? OptionalInt.of(page) : OptionalInt.empty();
    }
}
