package org.w3id.scokg.server.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.MediaTypes;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Responses;
import org.w3id.scokg.server.web.Scripts;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.server.web.UnSymbols;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.PROV;

/**
 * {@code /search?q=}: the things whose names, titles, symbols or quotes match, as a page (kind,
 * label in the reader's language, the matching text with the words marked) or, to a program
 * ({@code Accept: application/json} or {@code ?format=json}), as JSON; {@code /search/suggest?q=}
 * the OpenSearch suggestions a search box shows as one types; {@code /opensearch.xml} the
 * description with which a browser adds the site as a search engine.
 */
final class SearchServlet extends HttpServlet {
    static final int RESULTS = 50;
    static final int SUGGESTIONS = 8;
    private static final String JSON_TYPE = "application/json";
    /**
     * The paths this servlet answers ({@link SearchModule} maps it to {@code /search/*}); {@code
     * /search/} is the search page too, as it was (TrailingSlashes moves no address that names a page).
     */
    static final Set<String> ROUTES = Set.of("/search", "/search/", "/search/suggest", "/opensearch.xml");

    private final transient Search search;
    private final transient ResultFinder finder;
    private final transient Snippets snippets;
    private final transient ResultText text;
    private final transient Graph data;
    private final transient Graph union;
    private final transient PublicUrls urls;

    SearchServlet(Search search, Graph data, Graph union, PublicUrls urls) {
        this.search = search;
        this.finder = new ResultFinder(search);
        this.snippets = new Snippets(union);
        this.text = new ResultText(union);
        this.data = data;
        this.union = union;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The servlet is mapped to /search/*, and answered any path under it with the search page, 200
        // (/search/nope?q=India gave results citing /search): until a review of 6 December 2026. A
        // path it has no route for is a 404, before its parameters are read.
        if (!ROUTES.contains(path)) {
            Responses.notFound(request, response, Sentence.of("said.nothingAt", urls.local(path)));
            return;
        }
        if (Responses.refusedRepeated(request, response, "q", "format", "lang")) return;
        String q = TypedText.cut(request.getParameter("q") == null ? "" : request.getParameter("q").strip());
        Language language = Language.of(request);
        switch (path) {
            case "/opensearch.xml" -> {
                Responses.varyOnLanguage(response);
                Responses.send(request, response, "application/opensearchdescription+xml;charset=utf-8",
                        OpenSearchDescription.of(request, urls, Texts.of(language)).getBytes(StandardCharsets.UTF_8));
            }
            case "/search/suggest" -> Responses.send(request, response, "application/x-suggestions+json;charset=utf-8", suggestions(q, language).getBytes(StandardCharsets.UTF_8));
            case "/search", "/search/" -> results(request, response, q, language);
        }
    }


    private void results(HttpServletRequest request, HttpServletResponse response, String q, Language language) throws IOException {
        Responses.varyOnAccept(response);
        Responses.varyOnLanguage(response);
        // A word with a leading minus is one the results must not hold ("India -Pakistan", as in most
        // search engines): until a review on 4 December 2026 it was a word like any other, so both were
        // asked for. The results are those of the other words, less those that hold an excluded word:
        // until a later review that day more were found first, and "SCO -zzzz" showed other things than "SCO".
        TypedText.Words words = TypedText.Words.of(q);
        OptionalInt asked = page(request);
        if (asked.isEmpty()) {
            Responses.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.searchPage", PAGES, RESULTS));
            return;
        }
        // Page n shows results (n - 1) * RESULTS + 1 to n * RESULTS: until a review on 5 December 2026
        // a search showed its best 50 and no way past them ("上海"). Every page is cut from the same
        // best PAGES * RESULTS + 1, so the pages follow one another: things rank before facts whatever
        // their scores (Search's ranking), so a deeper search put things ahead that a shallower one had
        // not reached, and page 2, found deeper than page 1, repeated some of it.
        int number = asked.getAsInt();
        ResultFinder.Found found = finder.find(words.wanted(), PAGES * RESULTS + 1, language);
        List<Search.Hit> all = once(search.without(found.hits(), words.excluded()));
        int from = Math.min((number - 1) * RESULTS, all.size());
        List<Search.Hit> hits = all.subList(from, Math.min(number * RESULTS, all.size())).stream().map(hit -> snippets.inLanguage(hit, language.tag)).toList();
        // More found than this page shows: a next page (up to PAGES), and the heading does not count them as all there are.
        boolean next = all.size() > number * RESULTS;
        boolean more = next || number > 1;
        boolean close = found.close() && !hits.isEmpty();
        // format= names json or html, in any case, as on /sparql; any other name is a 400 (until a
        // review on 4 December 2026 format=JSON and format=xml got the page, 200).
        String format = request.getParameter("format") == null || request.getParameter("format").isBlank() ? null
                : request.getParameter("format").strip().toLowerCase(Locale.ROOT);
        if (format != null && !format.equals("json") && !format.equals("html")) {
            Responses.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.searchFormat"));
            return;
        }
        boolean json = "json".equals(format)
                || (format == null && MediaTypes.negotiateType(request.getHeader("Accept"), List.of("text/html", JSON_TYPE)).filter(JSON_TYPE::equals).isPresent());
        if (json) {
            String answer = json(q, words.excluded(), hits, close, language, next && number < PAGES ? number + 1 : 0);
            Responses.send(request, response, JSON_TYPE + ";charset=utf-8", answer.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Page page = Page.of(request);
        Texts texts = page.texts();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("search.title"))).append("</h1>")
                .append(page.searchForm("search-q", q)).append("<p class=\"lead\">").append(Html.escape(texts.get("search.hint"))).append("</p>");
        if (!q.isEmpty()) {
            // Only the best RESULTS are shown: a full page says so rather than count them as all there are.
            String heading = close ? texts.format("search.close", q)
                    : !more ? texts.format("search.results", hits.size(), q)
                    : number == 1 ? texts.format("search.results.first", hits.size(), q)
                    : hits.isEmpty() ? texts.format("search.results.past", q)
                    : texts.format("search.results.page", from + 1, from + hits.size(), q);
            // The words searched for, in another script than the page's, say their language (a review of 5 December 2026
            // found «印度» read out in Russian in «По запросу «印度» найдено: 3»).
            String marked = Scripts.markOtherScripts(heading, texts.language().tag);
            body.append("<h2 id=\"results\">").append(marked == null ? Html.escape(heading) : marked).append("</h2>");
            // Excluded words alone find nothing: the way on is a word to find, not fewer words (a review on 5 December 2026).
            boolean excludedOnly = words.wanted().isBlank() && !words.excluded().isEmpty();
            if (hits.isEmpty() && number == 1) body.append("<p>").append(Html.escape(texts.get(excludedOnly ? "search.none.excluded" : "search.none"))).append("</p>");
            if (hits.isEmpty() && number == 1 && !excludedOnly) eachWord(body, words.wanted(), request.getParameter("lang"), texts);
            // Numbered on from the pages before: result 51 is 51.
            body.append(from == 0 ? "<ol class=\"results\">" : "<ol class=\"results\" start=\"" + (from + 1) + "\">");
            hits.forEach(hit -> result(body, hit, texts));
            body.append("</ol>");
            if (number > 1 || (next && number < PAGES)) {
                body.append("<nav class=\"pages\" aria-label=\"").append(Html.escape(texts.get("fragments.pages"))).append("\"><ul>");
                if (number > 1) pageLink(body, q, request.getParameter("lang"), number - 1, texts.get("search.previous"));
                if (next && number < PAGES) pageLink(body, q, request.getParameter("lang"), number + 1, texts.get("search.next"));
                body.append("</ul></nav>");
            }
        }
        Responses.html(request, response, page.title(q.isEmpty() ? texts.get("search.title") : texts.get("search.title") + texts.colon() + q)
                .crumb(Html.escape(texts.get("search.title")), "/search").body(body.toString()).render());
    }

    /**
     * At most this many pages of results: {@value} times {@link #RESULTS}, so every search ranks the
     * best 501 things found (2,004 of the index's hits); a search of "SCO" took 20 to 90 ms at x1 so,
     * and finds 253.
     */
    static final int PAGES = 10;

    /** The page asked for ({@code page=}, 1 when not given); empty when it is no whole number from 1 to {@link #PAGES}, or is given twice. */
    private static OptionalInt page(HttpServletRequest request) {
        String[] values = request.getParameterValues("page");
        if (values == null) return OptionalInt.of(1);
        if (values.length > 1 || !values[0].strip().matches("[0-9]{1,3}")) return OptionalInt.empty();
        int page = Integer.parseInt(values[0].strip());
        return page >= 1 && page <= PAGES ? OptionalInt.of(page) : OptionalInt.empty();
    }

    /**
     * Links to a search for each word alone, for words that together found nothing: «Екатеринбургское
     * соглашение» found nothing, where «Екатеринбургское» finds the agreement (a review on 5 December
     * 2026). At most {@value Search#MAX_ACROSS_WORDS} words, each once, those with a letter or a digit.
     */
    private static void eachWord(StringBuilder body, String wanted, String lang, Texts texts) {
        List<String> each = TypedText.words(wanted).stream().filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit)).distinct()
                .limit(Search.MAX_ACROSS_WORDS).toList();
        if (each.size() < 2) return;
        body.append("<p>").append(Html.escape(texts.get("search.each"))).append("</p><ul class=\"each-word\">");
        for (String word : each) {
            String href = "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + (lang == null ? "" : "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8));
            body.append("<li><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(word)).append("</a></li>");
        }
        body.append("</ul>");
    }

    /** A link to another page of the same search, in the language asked by name ({@code lang=}) if one was. */
    private static void pageLink(StringBuilder body, String q, String lang, int page, String text) {
        String href = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page + (lang == null ? "" : "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8));
        body.append("<li><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(text)).append("</a></li>");
    }

    private void result(StringBuilder body, Search.Hit hit, Texts texts) {
        Node thing = shown(hit.subject());
        ResultText.Shown shown = text.of(hit, thing, texts);
        body.append("<li><a href=\"").append(Html.escape(Html.href(thing))).append("\">").append(shown.link())
                .append("</a> <span class=\"kind\">").append(String.join(", ", kinds(thing, texts).stream().map(k -> k.html(texts.language())).toList()))
                .append("</span>");
        // An excerpt says whose words it is, as its page does: until a review on 5 December 2026 a quote found read as no one's.
        union.find(thing, OA.hasSource, Node.ANY).mapWith(Triple::getObject).nextOptional()
                .ifPresent(source -> body.append(" <span class=\"from\">").append(Terms.of(OA.hasSource, union, texts).html(texts.language())).append(' ')
                        .append(Labels.of(union, source, texts.language()).html(texts.language())).append("</span>"));
        body.append(shown.after()).append("</li>");
    }

    /**
     * {@code hits}, each thing shown once, where it ranks best: an excerpt is found by its label and
     * by its quote, a part of it ({@link #shown}), and until a review of issue 15 on 6 December 2026
     * "Belarus" listed one excerpt twice, 16th by its label and 26th by its quote.
     */
    private static List<Search.Hit> once(List<Search.Hit> hits) {
        Set<Node> shown = new HashSet<>();
        return hits.stream().filter(hit -> shown.add(shown(hit.subject()))).toList();
    }

    /** A quote belongs to an excerpt (its selector is a part of it); the excerpt stands for it. */
    private static Node shown(Node subject) {
        String iri = subject.getURI();
        return iri.contains("#") ? NodeFactory.createURI(iri.substring(0, iri.indexOf('#'))) : subject;
    }

    /** A thing's classes: in graph/data, else in any graph (a source record's are in graph/provenance). */
    private List<Node> types(Node thing) {
        List<Node> types = data.find(thing, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList();
        return types.isEmpty() ? union.find(thing, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList() : types;
    }

    /** What a thing is, in words, for a result and a suggestion alike: at most two of its classes. */
    private List<Labels.Label> kinds(Node thing, Texts texts) {
        List<Node> types = types(thing);
        // This graph's own classes say what a thing is; prov:Entity and the like say nothing to a reader.
        List<Node> own = types.stream().filter(t -> t.getURI().startsWith(org.w3id.scokg.vocab.SCO.NS)).toList();
        return (own.isEmpty() ? types : own).stream().limit(2).map(t -> Terms.of(t, union, texts)).toList();
    }

    /** The snippet as HTML: escaped, the matched words in {@code mark}, its dates and identifiers kept whole. */
    static String marked(String snippet) {
        return Html.keepWhole(Html.escape(snippet).replace("↦", "<mark>").replace("↤", "</mark>"));
    }

    private String json(String q, List<String> excluded, List<Search.Hit> hits, boolean close, Language language, int nextPage) {
        Texts texts = Texts.of(language);
        JsonObject json = new JsonObject();
        json.put("query", q);
        // The words read as excluded (those with a leading minus), so a program sees how its query was read.
        JsonArray without = new JsonArray();
        excluded.forEach(without::add);
        json.put("excluded", without);
        // The results are names close to the query, not matches of it.
        json.put("close", close);
        JsonArray results = new JsonArray();
        for (Search.Hit hit : hits) {
            Node thing = shown(hit.subject());
            Labels.Label label = Labels.of(union, thing, language);
            JsonObject result = new JsonObject();
            result.put("iri", thing.getURI());
            result.put("page", urls.local(Html.href(thing)));
            result.put("label", label.text());
            result.put("lang", label.lang());
            JsonArray kinds = new JsonArray();
            types(thing).forEach(t -> kinds.add(t.getURI()));
            result.put("types", kinds);
            // The kind of text matched: a name, another name, a title, a symbol… (MatchedField); and
            // every kind, where the words matched across the thing's texts ("Kirghizia Kyrgyzstan").
            List<String> matched = MatchedField.all(union, hit);
            result.put("field", matched.get(0));
            JsonArray fields = new JsonArray();
            matched.forEach(fields::add);
            result.put("fields", fields);
            result.put("snippet", hit.snippet().strip().replace("↦", "").replace("↤", ""));
            result.put("score", org.apache.jena.atlas.json.JsonNumber.value(hit.score()));
            JsonArray derived = new JsonArray();
            // By IRI, not in the graph's order, which a TDB2 store's is not (a review on 4 December 2026).
            union.find(Node.ANY, PROV.wasDerivedFrom, thing).mapWith(t -> t.getSubject().getURI()).toList().stream().sorted().forEach(derived::add);
            if (!derived.isEmpty()) result.put("supports", derived);
            results.add(result);
        }
        json.put("results", results);
        // The next page's address, where more were found than this page holds.
        if (nextPage > 0) json.put("next", urls.local("/search?q=") + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + nextPage + "&format=json");
        json.put("note", texts.get("search.hint"));
        return JSON.toStringFlat(json);
    }

    /**
     * OpenSearch suggestions: the words, the names, their kinds, their pages; and after the four
     * arrays OpenSearch defines, which clients read by position, the language tag of each name ("" for
     * one with none), so that a page marks an English name among Chinese ones, and for each a title
     * made of parts in more than one language splits into, each part {@code [text, lang]} ({@link
     * PartedSnippets#parts}; none for any other name), so that it marks an English part of a Russian
     * title. A kind is in the reader's language.
     */
    private String suggestions(String q, Language language) {
        JsonArray names = new JsonArray();
        JsonArray kinds = new JsonArray();
        JsonArray pages = new JsonArray();
        JsonArray languages = new JsonArray();
        JsonArray parted = new JsonArray();
        Texts texts = Texts.of(language);
        // The words with a leading minus are read as the results page reads them, and enough to
        // suggest from is counted in the words wanted ("I -Pakistan" is one letter).
        TypedText.Words words = TypedText.Words.of(q);
        List<Search.Hit> hits = TypedText.enoughToSuggest(words.wanted()) ? search.suggest(words, SUGGESTIONS) : List.of();
        // A resolution cited as people cite it ("GA res 73/27") is suggested as its symbol is, as the
        // results page finds it (the box suggested nothing for it until a review on 5 December 2026).
        String cited = UnSymbols.resolution(q);
        if (hits.isEmpty() && cited != null) hits = search.suggest(TypedText.Words.of(cited), SUGGESTIONS);
        // Then, while there is room, what the results page finds, by its language's stemming too:
        // «информационная» began no name (they say «информационной»), and the box suggested nothing
        // where the page found five things (a review on 5 December 2026); since «информационная
        // война» (information war) has a Russian name, it begins one, and the things the page lists
        // first follow it.
        if (hits.size() < SUGGESTIONS && TypedText.enoughToSuggest(words.wanted())) {
            List<Search.Hit> more = new ArrayList<>(hits);
            more.addAll(search.without(search.find(words.wanted(), SUGGESTIONS, language.tag), words.excluded()));
            hits = more;
        }
        Set<Node> suggested = new HashSet<>();
        for (Search.Hit hit : hits) {
            Node thing = shown(hit.subject());
            if (names.size() == SUGGESTIONS || !suggested.add(thing)) continue;
            Labels.Label name = Labels.of(union, thing, language);
            names.add(name.text());
            kinds.add(kinds(thing, texts).stream().findFirst().map(Labels.Label::text).orElse(""));
            pages.add(urls.local(Html.href(thing)));
            languages.add(name.lang());
            JsonArray parts = new JsonArray();
            PartedSnippets.parts(name).ifPresent(each -> each.forEach(part -> {
                JsonArray pair = new JsonArray();
                pair.add(part.text());
                pair.add(part.lang());
                parts.add(pair);
            }));
            parted.add(parts);
        }
        JsonArray answer = new JsonArray();
        answer.add(q);
        answer.add(names);
        answer.add(kinds);
        answer.add(pages);
        answer.add(languages);
        answer.add(parted);
        return JSON.toStringFlat(answer);
    }
}
