package org.w3id.scokg.server.search;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Scripts;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.OA;

/**
 * The search page: the form, and for a query a heading that counts the results (or says they are
 * close names, or a page past them), each result's link, kinds, source and matched text, and links
 * to the pages before and after, in the reader's language.
 */
final class ResultsHtml {
    private final Graph union;
    private final ResultText text;
    private final ThingKinds kinds;

    ResultsHtml(Graph union, ThingKinds kinds) {
        this.union = union;
        this.text = new ResultText(union);
        this.kinds = kinds;
    }

    /** The page for {@code results}, as asked by {@code request} ({@code lang=} is kept in its links). */
    String of(HttpServletRequest request, PageOfResults results) {
        Page page = Page.of(request);
        Texts texts = page.texts();
        String q = results.q();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("search.title"))).append("</h1>")
                .append(page.searchForm("search-q", q)).append("<p class=\"lead\">").append(Html.escape(texts.get("search.hint"))).append("</p>");
        if (!q.isEmpty()) results(body, results, request.getParameter("lang"), texts);
        return page.title(q.isEmpty() ? texts.get("search.title") : texts.get("search.title") + texts.colon() + q)
                .crumb(Html.escape(texts.get("search.title")), "/search").body(body.toString()).render();
    }

    private void results(StringBuilder body, PageOfResults results, String lang, Texts texts) {
        List<Search.Hit> hits = results.hits();
        int number = results.number();
        String heading = heading(results, texts);
        // The words searched for, in another script than the page's, say their language, or a screen
        // reader reads «印度» out in Russian in «По запросу «印度» найдено: 3».
        String marked = Scripts.markOtherScripts(heading, texts.language().tag);
        body.append("<h2 id=\"results\">").append(marked == null ? Html.escape(heading) : marked).append("</h2>");
        // Excluded words alone find nothing: the way on is a word to find, not fewer words.
        TypedText.Words words = results.words();
        boolean excludedOnly = words.wanted().isBlank() && !words.excluded().isEmpty();
        if (hits.isEmpty() && number == 1) body.append("<p>").append(Html.escape(texts.get(excludedOnly ? "search.none.excluded" : "search.none"))).append("</p>");
        if (hits.isEmpty() && number == 1 && !excludedOnly) eachWord(body, words.wanted(), lang, texts);
        // Numbered on from the pages before: result 51 is 51.
        body.append(results.from() == 0 ? "<ol class=\"results\">" : "<ol class=\"results\" start=\"" + (results.from() + 1) + "\">");
        hits.forEach(hit -> result(body, hit, texts));
        body.append("</ol>");
        if (number > 1 || results.hasNextPage()) {
            body.append("<nav class=\"pages\" aria-label=\"").append(Html.escape(texts.get("fragments.pages"))).append("\"><ul>");
            if (number > 1) pageLink(body, results.q(), lang, number - 1, texts.get("search.previous"));
            if (results.hasNextPage()) pageLink(body, results.q(), lang, number + 1, texts.get("search.next"));
            body.append("</ul></nav>");
        }
    }

    /** Only the best results are shown: a full page says so rather than count them as all there are. */
    private static String heading(PageOfResults results, Texts texts) {
        String q = results.q();
        int shown = results.hits().size();
        boolean more = results.next() || results.number() > 1;
        return results.close() ? texts.format("search.close", q)
                : !more ? texts.format("search.results", shown, q)
                : results.number() == 1 ? texts.format("search.results.first", shown, q)
                : results.hits().isEmpty() ? texts.format("search.results.past", q)
                : texts.format("search.results.page", results.from() + 1, results.from() + shown, q);
    }

    /**
     * Links to a search for each word alone, for words that together found nothing: «Екатеринбургское
     * соглашение» found nothing, where «Екатеринбургское» finds the agreement. At most {@value
     * Search#MAX_ACROSS_WORDS} words, each once, those with a letter or a digit.
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
        Node thing = ShownThings.of(hit.subject());
        ResultText.Shown shown = text.of(hit, thing, texts);
        body.append("<li><a href=\"").append(Html.escape(Html.href(thing))).append("\">").append(shown.link())
                .append("</a> <span class=\"kind\">").append(String.join(", ", kinds.of(thing, texts).stream().map(k -> k.html(texts.language())).toList()))
                .append("</span>");
        // An excerpt says whose words it is, as its page does, so a quote found does not read as no one's.
        union.find(thing, OA.hasSource, Node.ANY).mapWith(Triple::getObject).nextOptional()
                .ifPresent(source -> body.append(" <span class=\"from\">").append(Terms.of(OA.hasSource, union, texts).html(texts.language())).append(' ')
                        .append(Labels.of(union, source, texts.language()).html(texts.language())).append("</span>"));
        body.append(shown.after()).append("</li>");
    }
}
