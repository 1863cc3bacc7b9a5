package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;
import org.w3id.scokg.server.http.FormatParameter;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.PathProbe;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.server.web.Texts;

/**
 * The named queries as a Web API, as grlc makes one from a repository: {@code /queries/} lists
 * them, {@code /queries/{name}?param=value} runs one and answers JSON, CSV, TSV, XML or an HTML
 * table with a form, by Accept or {@code ?format=}, its names in English or, where {@code ?lang=}
 * names Russian or Chinese, as the page in that language shows them ({@link AnswerNames}). {@code /.well-known/sparql-examples} publishes
 * them as SHACL SPARQL executables, the form SPARQL editors read, in the RDF format asked for
 * ({@link SparqlExamples}). Here the request is routed, the answer's format chosen and the answer
 * written; the parameters are read, resolved and checked by {@link GivenParameters}.
 */
final class NamedQueryServlet extends HttpServlet {
    /** The formats of an answer, by {@code ?format=} name, in the order a tie of Accept goes; JSON is also sent for application/json. */
    private static final Map<String, String> TYPES = orderedTypes();

    private static Map<String, String> orderedTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("html", "text/html");
        types.put("json", "application/sparql-results+json");
        types.put("csv", "text/csv");
        types.put("tsv", "text/tab-separated-values");
        types.put("xml", "application/sparql-results+xml");
        return types;
    }

    private final transient DatasetGraph dataset;
    private final transient QueryCatalog catalog;
    private final long timeoutMillis;

    private final transient PublicUrls urls;
    private final transient NamedQueryPage page;
    private final transient AnswerNames names;
    private final transient GivenParameters parameters;
    private final transient SparqlExamples examples;
    private final transient NamedAnswers answers;

    NamedQueryServlet(DatasetGraph dataset, QueryCatalog catalog, long timeoutMillis, PublicUrls urls, NamedQueryPage page, AnswerNames names, MovedKeys keys,
            NamedAnswers answers) {
        this.answers = answers;
        this.urls = urls;
        this.page = page;
        this.names = names;
        this.dataset = dataset;
        this.catalog = catalog;
        this.timeoutMillis = timeoutMillis;
        this.parameters = new GivenParameters(page, keys, urls);
        this.examples = new SparqlExamples(catalog, urls);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/.well-known/sparql-examples")) {
            // Negotiated as the dataset's description and the shapes are, with Vary: Accept, not
            // Turtle whatever the client asked for.
            examples.serve(request, response);
            return;
        }
        if (path.equals("/queries") || path.equals("/queries/")) {
            // A page for people only, as /dumps/ and the kinds' indexes are: a client that takes no HTML
            // gets 406 naming it, not the page.
            if (Responses.negotiate(request, response, List.of(MediaTypes.Format.HTML)).isEmpty()) return;
            Vary.onLanguage(response);
            Responses.html(request, response, index(Page.of(request)));
            return;
        }
        String name = path.substring("/queries/".length());
        NamedQuery query = catalog.all().stream().filter(q -> q.name().equals(name)).findFirst().orElse(null);
        if (query == null) {
            Refusals.notFound(request, response, Sentence.of("said.noQuery", NamedQuery.echo(name), urls.local("/queries/")));
            return;
        }
        // An OPTIONS asks only whether the query is there: its page is not made with the default
        // parameters, nor scheduled and charged as a query.
        if (Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))) return;
        if (!query.query().isSelectType()) {
            graphQuery(request, response, query);
            return;
        }
        selectQuery(request, response, query);
    }

    /** A SELECT query's answer, in the format asked for: its page, or a file of its rows. */
    private void selectQuery(HttpServletRequest request, HttpServletResponse response, NamedQuery query) throws IOException {
        String explicit = explicitFormat(request);
        if (explicit != null && !TYPES.containsKey(explicit)) {
            // A format named that is none of these is the client's mistake (a 400), not its Accept
            // header's (a 406), as on /search.
            FormatParameter.refuse(request, response, TYPES.keySet());
            return;
        }
        String format = format(request);
        Vary.onAccept(response);
        if (format == null) {
            Refusals.notAcceptable(request, response, List.copyOf(TYPES.values()));
            return;
        }
        Optional<Language> language = format.equals("html") ? Optional.of(Language.EN) : GivenParameters.namesLanguage(request, response);
        if (language.isEmpty()) return;
        GivenParameters.Given given = GivenParameters.read(request);
        Map<String, String> params = given.values();
        Ran ran = run(request, response, query, format, given);
        if (ran == null) return;
        if (ran.moved()) response.setHeader("Content-Location", parameters.canonical(request, query, params));
        if (format.equals("html")) {
            Vary.onLanguage(response);
            Responses.html(request, response, page.render(Page.of(request), query, params, ran.rows()));
            return;
        }
        writeRows(request, response, query, format, language.get(), ran.rows());
    }

    /** The rows a query gave, and whether a key among its parameters was resolved to the one it moved to. */
    private record Ran(RowSet rows, boolean moved) {}

    /** The query run with {@code given}; null where its parameters were refused or it ran past the timeout, and that was answered. */
    private Ran run(HttpServletRequest request, HttpServletResponse response, NamedQuery query, String format, GivenParameters.Given given) throws IOException {
        Map<String, String> params = given.values();
        String repeated = given.repeated();
        try {
            given.refuseRepeated(request, query);
            boolean moved = parameters.resolveKeys(query, params);
            parameters.checkValues(request, query, params);
            return new Ran(answers.select(query, params, () -> QueryRunner.select(dataset, query, params, timeoutMillis)), moved);
        } catch (InputException e) {
            String problem = e.problems().get(0).message();
            if (format.equals("html")) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                Vary.onLanguage(response);
                Responses.html(request, response, page.renderError(Page.of(request), query, params, problem, repeated));
            } else {
                Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, problem);
            }
            return null;
        } catch (QueryCancelledException e) {
            // The seconds as a program has always read them ("30.0"), and as a number for the reader's language.
            Sentence stopped = Sentence.of("said.timeout", String.valueOf(timeoutMillis / 1000.0), timeoutMillis / 1000.0);
            // The page to a browser that asked for it, the sentence alone to a program.
            if (format.equals("html")) Refusals.refusal(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, stopped);
            else Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, stopped.english());
            return null;
        }
    }

    /** The rows as a file in {@code format}, the names in {@code language}. */
    private void writeRows(HttpServletRequest request, HttpServletResponse response, NamedQuery query, String format, Language language, RowSet rows) throws IOException {
        // A file to keep: saved under the query's name, with the extension of its format.
        if (explicitFormat(request) != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + query.name() + "." + format + "\"");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The names in the language the link names, as its page shows them; English without one, as always.
        ResultSet results = ResultSet.adapt(names.in(language, query, rows));
        switch (format) {
            case "csv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case "tsv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case "xml" -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
            default -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
        }
        Responses.send(request, response, TYPES.get(format) + ";charset=utf-8", out.toByteArray());
    }

    private String index(Page page) {
        Texts texts = page.texts();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("nav.queries"))).append("</h1><p class=\"lead\">")
                .append(Html.escape(texts.get("queries.lead"))).append("</p><ul class=\"queries\">");
        for (NamedQuery q : catalog.all()) {
            NamedQuery.Words title = q.title(texts.language().tag);
            NamedQuery.Words description = q.description(texts.language().tag);
            // A SELECT has a page of its own with a form; a CONSTRUCT opens in the editor (the pages are for tables).
            String href = q.query().isSelectType() ? "/queries/" + q.name()
                    : "/query?query=" + URLEncoder.encode(EditorPage.addressable(q, Map.of(), texts.language().tag), StandardCharsets.UTF_8);
            body.append("<li><a href=\"").append(Html.escape(href)).append("\" lang=\"").append(title.lang()).append("\">")
                    .append(Html.escape(title.text())).append("</a> <span lang=\"").append(description.lang()).append("\">")
                    .append(Html.keepWhole(Html.escape(description.text()))).append("</span>");
            if (q.query().isSelectType()) {
                body.append(" <a href=\"/queries/").append(Html.escape(q.name())).append("?").append(Html.escape(NamedQueryPage.inLanguage(texts.language()))).append("format=csv\" download>").append(Html.escape(texts.get("format.csv"))).append("</a>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        return page.title(texts.get("nav.queries")).crumb(Html.escape(texts.get("nav.queries")), "/queries/").body(body.toString()).render();
    }

    /**
     * A named CONSTRUCT (its IRI is published in /.well-known/sparql-examples, so it must resolve):
     * 303 to the editor with the query, the given values in place, for a browser; to the endpoint,
     * which answers it in the RDF format asked for, for anything else, and for any client that names a
     * format. Its parameters are checked as a SELECT's are: a format the endpoint does not write a
     * graph in, a parameter given twice, and an IRI that names nothing in this graph are each a 400
     * with one sentence, not sent on, and {@code format=ttl} to a client that takes anything goes to
     * the endpoint, not to the editor's page.
     */
    private void graphQuery(HttpServletRequest request, HttpServletResponse response, NamedQuery query) throws IOException {
        String format = FormatParameter.of(request);
        if (format != null && MediaTypes.answerType(format, MediaTypes.Answer.GRAPH).isEmpty()) {
            FormatParameter.refuse(request, response, MediaTypes.answerFormatNames(MediaTypes.Answer.GRAPH));
            return;
        }
        GivenParameters.Given given = GivenParameters.read(request);
        Map<String, String> params = given.values();
        String text;
        try {
            given.refuseRepeated(request, query);
            // The header in the language the link names (the editor keeps it below): a Location that
            // followed the cookie or Accept-Language would need Vary on them too.
            parameters.resolveKeys(query, params);
            text = EditorPage.addressable(query, params, Language.byTag(request.getParameter("lang")).orElse(Language.EN).tag);
            parameters.checkValues(request, query, params);
        } catch (InputException e) {
            // A page to a browser, whatever format it named (its download's link from a form).
            if (Refusals.browser(request.getHeader("Accept"))) {
                // The form again, with what is wrong in the reader's words, as a SELECT's page has it,
                // not the site's error page with the query's English sentence (issue 15).
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                Vary.onAccept(response);
                Vary.onLanguage(response);
                Responses.html(request, response, page.renderError(Page.of(request), query, params, e.problems().get(0).message(), given.repeated()));
            } else {
                Refusals.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, e.problems().get(0).message());
            }
            return;
        }
        boolean browser = format == null && MediaTypes.negotiateType(request.getHeader("Accept"), List.of("text/html", "text/turtle")).orElse("").equals("text/html");
        Vary.onAccept(response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        // The editor keeps the page's language; the endpoint takes the format asked for, as the SELECTs' pages do.
        String kept = browser ? parameter(request, "lang") : parameter(request, "format");
        response.setHeader("Location", urls.absolute(request, (browser ? "/query?query=" : "/sparql?query=") + URLEncoder.encode(text, StandardCharsets.UTF_8) + kept));
    }

    /** {@code &name=value} for a parameter the request has, else nothing. */
    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The format the request names, in small letters ({@link FormatParameter#of}): a name is read in
     * any case, as on /sparql and /search ({@code format=CSV} is csv), and a blank one is none.
     */
    private static String explicitFormat(HttpServletRequest request) {
        return FormatParameter.of(request);
    }

    /** html, json, csv, tsv or xml; null when the client accepts none of them. */
    private static String format(HttpServletRequest request) {
        String explicit = explicitFormat(request);
        if (explicit != null) return TYPES.containsKey(explicit) ? explicit : null;
        List<String> offers = new ArrayList<>(TYPES.values());
        offers.add("application/json");
        String type = MediaTypes.negotiateType(request.getHeader("Accept"), offers).orElse(null);
        if (type == null) return null;
        if (type.equals("application/json")) return "json";
        return TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
