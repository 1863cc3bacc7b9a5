package org.w3id.scokg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * One HTML page of the site, laid out the same everywhere: a skip link, the header with the search
 * box, the language switcher and the site's links; breadcrumbs; the page's own content in {@code
 * main}; and a footer with the licence and how to cite the page (not on a page of nothing: a 404). The {@code head} links the page's
 * other forms ({@code rel="alternate"}), its versions in the other languages, the site's stylesheet
 * and its OpenSearch description. Built with a builder; {@link #render} gives the document.
 */
public final class Page {
    /** Stands for the title in the citation until the bundle's words around it are escaped (a private-use character). */
    private static final String TITLE_MARK = "\uE000";
    /**
     * Stands for the cited address until the citation's dates are marked: a date in its query string is
     * part of the address, not a date of the text. The address is kept whole as an identifier is, and
     * wraps only where it is wider than the page (a named query's with its parameters at 390 px).
     */
    private static final String IRI_MARK = "\uE001";
    /** A link: its text (already HTML) and where it goes. */
    public record Link(String html, String href) {}

    /** Another form of the page: its media type and where it is. */
    public record Alternate(String mediaType, String href) {}

    private final Texts texts;
    private final String path;
    /** The request's query string without {@code lang}, kept by the language switcher ("" or "a=b&"). */
    private final String keptQuery;
    private String title = "";
    /** The title as HTML for the citation, in a span that says its language when it is not the page's. */
    private String titleHtml = "";
    /** The title's language where it is a label in another than the page's ({@link #title(Labels.Label)}); "" for the page's. */
    private String titleLang = "";
    private String body = "";
    private String citedIri;
    private final List<Link> breadcrumbs = new ArrayList<>();
    private final List<Alternate> alternates = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private final List<String> styles = new ArrayList<>();

    /** The servlet context's attribute that holds the dataset's version (void.ttl's {@code dcat:version}), which the citation gives. */
    public static final String VERSION = "org.w3id.scokg.version";
    /** The dataset's version, or null where the server has none ({@link #version(String)}). */
    private String version;
    /** The path of the server's public base ({@link PublicUrls#root()}), which the page's root-relative links start with; "" for none. */
    private String root = "";
    /**
     * A root-relative URL in an attribute that names one: {@code href}, {@code src}, a form's {@code
     * action} and a script's {@code data-} attributes ({@code data-suggest}, {@code data-endpoint}). An
     * attribute's value has its quotes escaped, so {@code ="} begins one and is never text.
     */
    private static final java.util.regex.Pattern ROOT_RELATIVE = java.util.regex.Pattern.compile("(?<=\\s(?:href|src|action|data-[a-z-]{1,40})=\")/(?!/)");

    private Page(Texts texts, String path, String keptQuery, String version) {
        this.texts = texts;
        this.path = path;
        this.keptQuery = keptQuery;
        this.version = version;
        // The page's own persistent address, where the w3id.org rules forward it, its query string as
        // read ({@link PersistentAddress}); a thing's page names the thing, a named query's its parameters as
        // the query read them ({@link #cites}), a refused request nothing ({@link #uncited}).
        this.citedIri = PersistentAddress.of(path, keptQuery);
    }

    /** A page at the request's path, in the request's language. */
    public static Page of(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("lang=")) kept.append(pair).append('&');
        }
        return new Page(Texts.of(Language.of(request)), request.getRequestURI(), kept.toString(), version(request))
                .under(PublicUrls.root(request.getServletContext()));
    }

    /** The dataset's version the server that {@code request} came to holds ({@link #VERSION}), or null. */
    public static String version(HttpServletRequest request) {
        return request.getServletContext() == null ? null : version(request.getServletContext());
    }

    /** The dataset's version {@code context} holds ({@link #VERSION}), or null. */
    public static String version(jakarta.servlet.ServletContext context) {
        return context.getAttribute(VERSION) instanceof String version ? version : null;
    }

    /** The dataset's version, for the citation of a page made with {@link #at}: the same for every request, so such a page may be kept. */
    public Page version(String datasetVersion) {
        this.version = datasetVersion;
        return this;
    }

    /**
     * The page's links under {@code basePath}, the path of the server's public base ({@link
     * PublicUrls#root()}): a proxy that publishes the server under {@code /kg/} takes {@code
     * /kg/doc/state/IN} to its {@code /doc/state/IN}. {@link #of} reads it from the server.
     */
    public Page under(String basePath) {
        this.root = basePath;
        return this;
    }

    /** A page at {@code path} in {@code language}, for pages rendered once and kept. */
    public static Page at(String path, Language language) {
        return at(path, "", language);
    }

    /**
     * As {@link #at(String, Language)}, its address with the query string {@code kept} (each pair ended
     * by {@code &}, no {@code lang}), which the switcher to the other languages keeps: a page of an index.
     */
    public static Page at(String path, String kept, Language language) {
        return new Page(Texts.of(language), path, kept, null);
    }

    public Texts texts() {
        return texts;
    }

    public Language language() {
        return texts.language();
    }

    /** The page's title, plain text; the document's title adds the site's name. */
    public Page title(String plain) {
        this.title = plain;
        this.titleHtml = Html.escape(plain);
        this.titleLang = "";
        return this;
    }

    /**
     * The page's title as a label: the document's title is its text, and the citation in the footer
     * says its language where it is not the page's (an English title on a Russian page).
     */
    public Page title(Labels.Label label) {
        this.title = label.text();
        this.titleHtml = label.html(language());
        this.titleLang = label.lang().isEmpty() || label.lang().equals(language().tag) ? "" : label.lang();
        return this;
    }

    /** The page's content, HTML whose every piece from data or request is already escaped. */
    public Page body(String html) {
        this.body = html;
        return this;
    }

    public Page crumb(String html, String href) {
        breadcrumbs.add(new Link(html, href));
        return this;
    }

    public Page alternate(String mediaType, String href) {
        alternates.add(new Alternate(mediaType, href));
        return this;
    }

    /** The IRI the citation in the footer names (the thing's IRI on entity pages). */
    public Page cites(String iri) {
        this.citedIri = iri;
        return this;
    }

    /** No "How to cite" in the footer: a page that says nothing is here has nothing to cite. */
    public Page uncited() {
        this.citedIri = null;
        return this;
    }

    public Page script(String src) {
        scripts.add(src);
        return this;
    }

    public Page style(String href) {
        styles.add(href);
        return this;
    }

    public String render() {
        StringBuilder out = new StringBuilder(body.length() + 4096);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language().tag).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                // No favicon: an empty icon, so browsers do not ask for /favicon.ico and log a 404.
                .append("<link rel=\"icon\" href=\"data:,\">")
                // A label in another language than the page's says so on the title element (an English name on a
                // Russian page: <title lang="en">Shanghai · sco-kg</title>). A title holds no
                // markup, so a title of words in two languages (the search's «Поиск: India», a fact's title of
                // parts) is in the page's language throughout.
                .append(titleLang.isEmpty() ? "<title>" : "<title lang=\"" + Html.escape(titleLang) + "\">").append(Html.escape(title)).append(" · sco-kg</title>");
        // A page's own stylesheets (YASGUI's) first, so the site's, read last, can adjust them.
        styles.forEach(s -> out.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(s)).append("\">"));
        out.append("<link rel=\"stylesheet\" href=\"").append(Assets.site().href("/assets/site.css")).append("\">");
        out.append("<link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"/opensearch.xml\" title=\"sco-kg\">");
        alternates.forEach(a -> out.append("<link rel=\"alternate\" type=\"").append(Html.escape(a.mediaType())).append("\" href=\"")
                .append(Html.escape(a.href())).append("\">"));
        for (Language other : Language.values()) {
            out.append("<link rel=\"alternate\" hreflang=\"").append(other.tag).append("\" href=\"").append(Html.escape(inLanguage(other))).append("\">");
        }
        out.append("</head><body>");
        header(out);
        crumbs(out);
        out.append("<main id=\"main\">").append(body).append("</main>");
        footer(out);
        out.append("<script src=\"").append(Assets.site().href("/assets/site.js")).append("\" defer></script>");
        scripts.forEach(s -> out.append("<script src=\"").append(Html.escape(s)).append("\" defer></script>"));
        String page = out.append("</body></html>\n").toString();
        // Every link of the page, its body's too, which the servlets write root-relative and which
        // would break behind a proxy that publishes the site under a base with a path.
        return root.isEmpty() ? page : ROOT_RELATIVE.matcher(page).replaceAll(java.util.regex.Matcher.quoteReplacement(root + "/"));
    }

    private void header(StringBuilder out) {
        out.append("<a class=\"skip\" href=\"#main\">").append(Html.escape(texts.get("nav.skip"))).append("</a>")
                .append("<header class=\"site\"><a class=\"brand\" href=\"/\">sco-kg</a>")
                // Named, so it is told apart from a page's own search box (axe-core's landmark-unique). Its
                // placeholder is a word, which fits the box on a phone: the longer one of a page's own box,
                // "Search states, documents, quotes…", showed "Search stat" at 390 px.
                .append(searchForm("site-q", "", " aria-label=\"" + Html.escape(texts.get("search.label")) + "\"", "search.placeholder.short"));
        // The languages before the site's links, as they are drawn at every width (on a phone the first
        // row ends with them), so the keyboard reaches them in the order they are seen, not the second
        // row first.
        out.append("<nav class=\"langs\" aria-label=\"").append(Html.escape(texts.get("nav.language"))).append("\">");
        for (Language other : Language.values()) {
            out.append("<a lang=\"").append(other.tag).append("\" hreflang=\"").append(other.tag).append("\" href=\"")
                    .append(Html.escape(inLanguage(other))).append('"');
            if (other == language()) out.append(" aria-current=\"true\"");
            // The name in full, and its short form for a phone, which the stylesheet shows instead
            // (generated content, so a stylesheet kept from before shows the name alone): the link's
            // name is always the word on the screen; the title gives the full name.
            out.append(" title=\"").append(other.autonym).append("\" data-short=\"").append(other.shortName).append("\"><span>")
                    .append(other.autonym).append("</span></a>");
        }
        out.append("</nav><nav class=\"links\" aria-label=\"").append(Html.escape(texts.get("nav.site"))).append("\">");
        link(out, "/query", "nav.query");
        link(out, "/queries/", "nav.queries");
        link(out, "/dumps/", "nav.downloads");
        link(out, "/ontology", "nav.ontology");
        out.append("</nav></header>");
    }

    /**
     * The search form: a labelled search box that suggests as you type (site.js), and its button. The
     * suggestions are asked in the page's language, which a cookie of another may not be.
     */
    public String searchForm(String id, String value) {
        return searchForm(id, value, "", "search.placeholder");
    }

    private String searchForm(String id, String value, String attributes, String placeholder) {
        // The words the box holds say their language where their script tells another than the page's
        // ("India" on a Russian page, lang="en"), as a text of the graph without a tag is marked
        // (Scripts.languageOf); site.js keeps it so as the reader types. The whole box, not a word of
        // it: an input holds no markup.
        String words = value.isBlank() ? "" : Scripts.languageOf(value);
        String lang = words.isEmpty() || words.equals(language().tag) ? "" : " lang=\"" + words + "\"";
        return "<form class=\"search\" role=\"search\"" + attributes + " action=\"/search\" method=\"get\"><label class=\"visually-hidden\" for=\"" + id + "\">"
                + Html.escape(texts.get("search.label")) + "</label><input id=\"" + id + "\" name=\"q\" type=\"search\"" + lang + " value=\"" + Html.escape(value)
                + "\" autocomplete=\"off\" data-suggest=\"/search/suggest?lang=" + texts.language().tag + "\" placeholder=\"" + Html.escape(texts.get(placeholder))
                + "\"><button type=\"submit\">" + Html.escape(texts.get("search.button")) + "</button></form>";
    }

    private void link(StringBuilder out, String href, String key) {
        out.append("<a href=\"").append(href).append('"');
        if (path.equals(href)) out.append(" aria-current=\"page\"");
        out.append('>').append(Html.escape(texts.get(key))).append("</a>");
    }

    private void crumbs(StringBuilder out) {
        if (breadcrumbs.isEmpty()) return;
        out.append("<nav class=\"crumbs\" aria-label=\"").append(Html.escape(texts.get("nav.breadcrumbs"))).append("\"><ol>")
                .append("<li><a href=\"/\">").append(Html.escape(texts.get("nav.home"))).append("</a></li>");
        for (int i = 0; i < breadcrumbs.size(); i++) {
            Link crumb = breadcrumbs.get(i);
            boolean last = i == breadcrumbs.size() - 1;
            out.append("<li>");
            if (last) out.append("<span aria-current=\"page\">").append(crumb.html()).append("</span>");
            else out.append("<a href=\"").append(Html.escape(crumb.href())).append("\">").append(crumb.html()).append("</a>");
            out.append("</li>");
        }
        out.append("</ol></nav>");
    }

    private void footer(StringBuilder out) {
        out.append("<footer class=\"site\"><p>").append(texts.format("footer.licence", "<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>"))
                .append("</p>");
        if (citedIri != null) {
            // The bundle's words escaped, then the title's own HTML in the place of a mark that no title holds.
            // A title that is itself a quote (an excerpt's, “It was established …”) takes the inner marks
            // within the citation's own, not ““…””.
            String title = titleHtml.replaceFirst("^(<span[^>]*>)?“(.*)”(</span>)?$", "$1‘$2’$3");
            // With the dataset's version, so a citer says which data they read.
            String citation = Html.escape(version == null ? texts.format("footer.citation", TITLE_MARK, IRI_MARK)
                    : texts.format("footer.citation.version", TITLE_MARK, IRI_MARK, version)).replace(TITLE_MARK, title);
            out.append("<p><strong>").append(Html.escape(texts.get("footer.cite"))).append("</strong>").append(texts.space())
                    .append(Html.keepWhole(citation).replace(IRI_MARK, "<span class=\"identifier\">" + Html.escape(citedIri) + "</span>")).append("</p>");
        }
        out.append("</footer>");
    }

    /** This page's address in another language. */
    private String inLanguage(Language other) {
        return path + "?" + keptQuery + "lang=" + other.tag;
    }
}
