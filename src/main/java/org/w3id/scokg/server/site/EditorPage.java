package org.w3id.scokg.server.site;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.server.http.RequestLimitsFilter;
import org.w3id.scokg.server.web.Assets;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.Prefixes;

/**
 * The query editor at {@code /query} (and {@code /sparql} for a browser that asks it nothing):
 * YASGUI, served from the jar, set up by {@code editor.js} from a configuration in the page: this
 * site's endpoint, completion from its own prefixes, classes and properties (so nothing is asked of
 * prefix.cc or LOV), and every named query in a list above it, each opening in a tab. Under it, a plain form that works without
 * JavaScript: it sends the query to {@code /query}, which answers with the results as a table and
 * the query kept in the form.
 */
final class EditorPage {
    /** The prefix of Jena's full-text search, for {@code text:query}. */
    static final String TEXT_NS = "http://jena.apache.org/text#";

    private final QueryCatalog queries;
    private final Graph vocabularies;
    private final CompletableFuture<String> config;
    /** The named queries for editor.js in each language: each by its title and with its header in that language where it has them. */
    private final Map<Language, String> examples = new EnumMap<>(Language.class);

    /**
     * The page for {@code graph}. Its completion lists are gathered in the background, in a read
     * transaction of their own: they read every triple of the union (a minute on a TDB2 store at 100
     * times the data), and the server need not wait for them to start answering queries; the first
     * editor page waits for them if they are not ready. The terms of the imported {@code vocabularies}
     * (org:, time:, ...) are named in the results by their labels there.
     */
    EditorPage(QueryCatalog queries, KnowledgeGraph graph, Graph vocabularies) {
        this.queries = queries;
        this.vocabularies = vocabularies;
        for (Language language : Language.values()) examples.put(language, examples(queries, language));
        this.config = CompletableFuture.supplyAsync(() -> graph.read(() -> config(graph.union()))).exceptionally(failure -> {
            // The editor still works without the graph's classes and properties: log it once, serve the rest.
            LoggerFactory.getLogger(EditorPage.class).error("The editor's completion lists could not be gathered", failure);
            return config(Graph.emptyGraph);
        });
    }

    String render(Page page, String query, PlainQuery.Outcome outcome) {
        Texts texts = page.texts();
        String text = query == null ? starter(texts.language()) : query;
        // In a box of its own, whose stylesheet puts the lead under the editor on a phone, so the editor is on its first screen.
        // The editor's lead (completion, tabs, Esc) is shown by editor.js with the editor; until then, and without
        // JavaScript, the plain form's, so the plain form is not described as the editor.
        StringBuilder body = new StringBuilder("<div class=\"editor-page\"><h1>").append(Html.escape(texts.get("editor.title")))
                .append("</h1><p class=\"lead\" id=\"editor-lead\" hidden>").append(Html.escape(texts.get("editor.lead")))
                .append("</p><p class=\"lead\" id=\"plain-lead\">").append(Html.escape(texts.get("editor.lead.plain"))).append("</p>").append(examples(texts))
                .append("<div id=\"editor\" data-endpoint=\"/sparql\" data-table=\"").append(Html.escape(texts.get("editor.table"))).append("\"></div>")
                // The configuration is JSON in a script element of its own type: the browser runs none of it.
                .append("<script type=\"application/json\" id=\"editor-config\">").append(config.join().replace("</", "<\\/")).append("</script>")
                .append("<script type=\"application/json\" id=\"editor-examples\">").append(examples.get(texts.language()).replace("</", "<\\/")).append("</script>")
                .append("<script type=\"application/json\" id=\"editor-words\">").append(words(texts).replace("</", "<\\/")).append("</script>")
                .append("<script type=\"application/json\" id=\"editor-terms\">").append(terms(texts, vocabularies).replace("</", "<\\/")).append("</script>")
                .append("<div id=\"plain-editor\"><form method=\"get\" action=\"/query\"><p><label for=\"plain-query\">")
                .append(Html.escape(texts.get("editor.plain"))).append("</label></p><textarea class=\"query\" id=\"plain-query\" name=\"query\" rows=\"14\">")
                .append(Html.escape(text)).append("</textarea><p><button type=\"submit\">").append(Html.escape(texts.get("editor.run"))).append("</button></p></form>");
        if (outcome != null) body.append("<section aria-live=\"polite\"><h2>").append(Html.escape(texts.get("editor.results"))).append("</h2>").append(outcome.html()).append("</section>");
        body.append("<h2>").append(Html.escape(texts.get("editor.examples"))).append("</h2><ul>");
        for (NamedQuery q : queries.all()) {
            NamedQuery.Words title = q.title(texts.language().tag);
            body.append("<li><a href=\"/query?query=").append(java.net.URLEncoder.encode(addressable(q, Map.of(), texts.language().tag), java.nio.charset.StandardCharsets.UTF_8))
                    .append("\" lang=\"").append(title.lang()).append("\">").append(Html.escape(title.text())).append("</a></li>");
        }
        body.append("</ul></div></div>");
        return page.title(texts.get("editor.title")).style(Assets.site().href(Assets.YASGUI + "yasgui.min.css"))
                .script(Assets.site().href(Assets.YASGUI + "yasgui.min.js")).script(Assets.site().href("/assets/editor.js"))
                .body(body.toString()).render();
    }

    /**
     * A named query's text for a link that carries it in its address ({@code /query?query=}): with its
     * description where the link, and the plain form's run of it (a browser sends a line's end as
     * {@code %0D%0A}, with the page's {@code &lang=}), fit in an address ({@link
     * RequestLimitsFilter#MAX_URI}), else without it: the Russian article-claims names things by their
     * other names too ({@code NameLanguage}) and, with its description of 2.3 KB as a link, would pass
     * it; its page and the editor's list still say it.
     */
    static String addressable(NamedQuery q, Map<String, String> values, String tag) {
        String text = q.textWith(values, tag);
        String sent = java.net.URLEncoder.encode(text.replace("\n", "\r\n"), java.nio.charset.StandardCharsets.UTF_8);
        return "/query?query=".length() + sent.length() + "&lang=".length() + tag.length() <= RequestLimitsFilter.MAX_URI ? text : q.textWith(values, tag, false);
    }

    /**
     * The named queries as a list above the editor, each by its title in the page's language where
     * it has one; editor.js shows it and opens the one chosen in a tab (hidden without JavaScript:
     * the plain form has them as links). A tab each would not do: sixteen tabs fill a phone's first
     * screen before the editor.
     */
    private String examples(Texts texts) {
        StringBuilder list = new StringBuilder("<p class=\"examples-pick\" id=\"examples-pick\" hidden><label for=\"example\">")
                .append(Html.escape(texts.get("editor.examples"))).append("</label> <select id=\"example\"><option value=\"\">")
                .append(Html.escape(texts.get("editor.examples.choose"))).append("</option>");
        for (NamedQuery q : queries.all()) {
            NamedQuery.Words title = q.title(texts.language().tag);
            list.append("<option value=\"").append(Html.escape(q.name())).append('"');
            if (!title.lang().equals(texts.language().tag)) list.append(" lang=\"").append(Html.escape(title.lang())).append('"');
            list.append('>').append(Html.escape(title.text())).append("</option>");
        }
        return list.append("</select></p>").toString();
    }

    /**
     * YASGUI's own words, which it writes in English only (it has no translations, and its
     * configuration names only the default tab's name): its buttons' titles and labels, its menus
     * and settings, its messages; with {@code {0}} and {@code {1}} where it puts a name or a number
     * into a sentence (editor.js reads those back out). Formats' and methods' names (JSON, Turtle,
     * GET, cURL) are the same in every language and are not here.
     */
    static final List<String> YASGUI_WORDS = List.of("Run query", "Share query", "Close tab", "Add tab", "Add a new tab", "Open settings",
            "Close settings", "Settings", "Download Results", "Download result", "Download not supported", "Response", "Request method",
            "Accept Headers", "Ask / Select", "Construct / Describe", "Arguments", "Header Arguments", "Default Graphs", "Named Graphs",
            "Filter query results", "Show all", "Query", "New Tab", "Rename Tab", "Copy Tab", "Close Tab", "Close other tabs", "Undo close Tab",
            "Search or add an endpoint", "Press \"enter\" to add this endpoint", "Press CTRL - <spacebar> to autocomplete",
            "This line is invalid. Expected:",
            "Try query in a new browser window", "Unable to get response from endpoint. Possible reasons:", "Incorrect endpoint URL", "Endpoint is down",
            "Endpoint is not accessible from the YASGUI server and website, and the endpoint is not", "CORS-enabled", "True", "False",
            "Shows {0} view", "{0} results in {1} seconds", "{0} results", "Response in {0} seconds",
            "Could not render results with the {0} plugin, the results currently are rendered with the {1} plugin.", "Error (#{0})",
            // The title of the results' help button, else English on the Russian and Chinese editor.
            "This plugin doesn't have a help reference yet. Please contact the maintainer to fix this");

    /**
     * editor.js's own words: the names it gives the inputs YASGUI leaves unnamed (the tab's name, the
     * endpoint), the heading it puts over an error's text, which is the endpoint's or the parser's, in
     * English, an ASK's answer, the columns of a graph's triples, and the sentence said for an answer of no rows.
     */
    static final List<String> OWN_WORDS = List.of("Tab name", "SPARQL endpoint", "The query did not run. The reason:", "Yes or no",
            "Yes (the pattern matches).", "No (the pattern does not match).", "subject", "predicate", "object", "Nothing in the graph matches this query.");

    /**
     * The request methods YASGUI's settings offer, each shown by its name and what it does in the
     * page's words ({@code editor.method.*}): "GET (запрос в адресе)". The name stays, the protocol's.
     */
    static final List<String> METHODS = List.of("GET", "POST");

    /**
     * The answer's formats YASGUI's settings offer (by media type, the options' values) whose names
     * say more with words: "CSV (таблица)", "JSON (результаты SPARQL)" ({@code editor.accept.*}). The
     * names of RDF's formats (Turtle, RDF/XML, N-Triples, ...) are the same in every language.
     */
    static final List<String> FORMATS = List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values");

    /**
     * YASGUI's words in the page's language, for editor.js to put in their place ({@code editor.ui.*}
     * in the bundles), by the English it writes; and by the value YASGUI keeps them under, the
     * request methods ({@code method:GET}) and the formats ({@code accept:text/csv}).
     */
    static String words(Texts texts) {
        JsonObject words = new JsonObject();
        for (String english : java.util.stream.Stream.concat(YASGUI_WORDS.stream(), OWN_WORDS.stream()).toList()) {
            String translated = texts.get(key(english));
            if (!translated.equals(english)) words.put(english, translated);
        }
        METHODS.forEach(method -> words.put("method:" + method, texts.get("editor.method." + method)));
        FORMATS.forEach(type -> words.put("accept:" + type, texts.get(formatKey(type))));
        // A new tab's name in every language, which a shared link carries as its tabTitle in the sharer's.
        for (Language language : Language.values()) words.put("tab:" + language.tag, Texts.of(language).get(key("Query")));
        return JSON.toStringFlat(words);
    }

    /**
     * The words for vocabulary terms, by IRI, each with its language ({@code {"text": ..., "lang": ...}}):
     * the page's words where the bundles name the term ({@code term.sco.MemberState}), as the site's
     * pages label it, where the graph has the term's label in English only; else the label an imported
     * vocabulary gives it, in the page's language where it has one, else in English ("Formal
     * Organization" for org:FormalOrganization, not the prefixed name). A label that only repeats the term's local name (PROV-O's "Entity") says no
     * more than the prefixed name, which the results keep. Terms named alike are told apart by their
     * prefixed names, "name (rdfs:label)" and "name (skos:prefLabel)": a page's heading needs no more
     * than "name", but a table of properties shows two, and a reader could not tell which is which.
     */
    static String terms(Texts texts, Graph vocabularies) {
        JsonObject terms = new JsonObject();
        vocabularies.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            Node label = t.getObject();
            if (!t.getSubject().isURI() || !label.isLiteral() || label.getLiteralLexicalForm().equals(t.getSubject().getLocalName())) return;
            String lang = label.getLiteralLanguage().isEmpty() ? "en" : label.getLiteralLanguage();
            if (!lang.equals(texts.language().tag) && !lang.equals("en")) return;
            String iri = t.getSubject().getURI();
            if (terms.hasKey(iri) && terms.get(iri).getAsObject().getString("lang").equals(texts.language().tag)) return;
            terms.put(iri, words(label.getLiteralLexicalForm(), lang));
        });
        texts.keys().stream().sorted().forEach(key -> {
            String[] parts = key.split("\\.", -1);
            if (parts.length != 3 || !parts[0].equals("term")) return;
            String namespace = Prefixes.STANDARD.getNsPrefixURI(parts[1]);
            if (namespace != null) terms.put(namespace + parts[2], words(texts.get(key), texts.language().tag));
        });
        return JSON.toStringFlat(toldApart(terms, texts));
    }

    /** The terms, each named alike with another followed by its prefixed name ({@code editor.term.told}). */
    private static JsonObject toldApart(JsonObject terms, Texts texts) {
        Map<String, Long> named = terms.keys().stream().map(iri -> terms.getObj(iri).getString("text"))
                .collect(java.util.stream.Collectors.groupingBy(text -> text, java.util.stream.Collectors.counting()));
        JsonObject told = new JsonObject();
        new TreeSet<>(terms.keys()).forEach(iri -> {
            JsonObject words = terms.getObj(iri);
            String text = words.getString("text");
            told.put(iri, named.get(text) == 1 ? words : words(texts.format("editor.term.told", text, Html.curie(NodeFactory.createURI(iri))), words.getString("lang")));
        });
        return told;
    }

    private static JsonObject words(String text, String lang) {
        JsonObject words = new JsonObject();
        words.put("text", text);
        words.put("lang", lang);
        return words;
    }

    /** The bundles' key for the words of a format: {@code editor.accept.} and its media type, its marks as hyphens. */
    static String formatKey(String mediaType) {
        return "editor.accept." + mediaType.replaceAll("[^a-z0-9]+", "-");
    }

    /** The bundles' key for one of YASGUI's words: {@code editor.ui.} and the English, its spaces and marks as hyphens. */
    static String key(String english) {
        return "editor.ui." + english.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The plain form's first query: the states by their names in the page's language, each once, not
     * every name of each (three a state, in English, Russian and Chinese).
     */
    static String starter(Language language) {
        return "PREFIX sco: <https://w3id.org/sco-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n"
                + "SELECT ?state ?name WHERE {\n  ?state a sco:State ; rdfs:label ?name .\n  FILTER(LANG(?name) = \"" + language.tag + "\")\n}\nORDER BY ?name\n";
    }

    /** What editor.js needs in every language: the prefixes, classes and properties to complete. */
    private static String config(Graph union) {
        JsonObject json = new JsonObject();
        JsonObject prefixes = new JsonObject();
        Prefixes.STANDARD.getNsPrefixMap().forEach(prefixes::put);
        prefixes.put("text", TEXT_NS);
        json.put("prefixes", prefixes);
        TreeSet<String> classes = new TreeSet<>();
        TreeSet<String> properties = new TreeSet<>();
        union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) classes.add(t.getObject().getURI());
        });
        union.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).mapWith(Triple::getSubject).filterKeep(Node::isURI).forEachRemaining(c -> classes.add(c.getURI()));
        union.find().forEachRemaining(t -> properties.add(t.getPredicate().getURI()));
        properties.add(TEXT_NS + "query");
        properties.add(RDFS.label.getURI());
        json.put("classes", array(classes));
        json.put("properties", array(properties));
        return JSON.toStringFlat(json);
    }

    /**
     * The named queries in {@code language}: each by its name, its title there (the tab's name, else
     * the English one) and its text, whose header comments are in that language where the query has
     * its words there, so a Russian or Chinese tab's query does not begin with the English {@code # title}.
     */
    private static String examples(QueryCatalog queries, Language language) {
        JsonArray examples = new JsonArray();
        for (NamedQuery q : queries.all()) {
            JsonObject example = new JsonObject();
            example.put("name", q.name());
            NamedQuery.Words title = q.title(language.tag);
            example.put("title", title.text());
            example.put("lang", title.lang());
            example.put("query", q.textWith(Map.of(), language.tag));
            examples.add(example);
        }
        return JSON.toStringFlat(examples);
    }

    private static JsonArray array(Iterable<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
