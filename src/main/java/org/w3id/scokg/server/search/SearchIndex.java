package org.w3id.scokg.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.LowerCaseKeywordAnalyzer;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.query.engine.CancellableReads;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.vocab.LinkTargets;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.SCO;

/**
 * The full-text index of the graph: Jena's own jena-text (Lucene), built from the dataset the
 * endpoint queries and put in its context, so {@code text:query} works in SPARQL and {@code /search}
 * asks the same index. Three fields: {@value #NAME} (labels, preferred and other names, titles),
 * {@value #SYMBOL} (UN document symbols, treaty numbers and other identifiers, each one token:
 * {@code A/66/359} is not three words) and {@value #QUOTE} (the sentences facts are read from, and summaries).
 *
 * <p>Every text is indexed twice: once with one analyzer for every script (Unicode word breaking,
 * Chinese written as pairs of characters, lower case), so a query in any language finds a name in
 * any language; and, through jena-text's multilingual support, once more in a field of its own
 * language with that language's Lucene analyzer (English and Russian stemming, CJK bigrams), so
 * "Индии" finds "Индия" and "codes" finds "code". Both read Chinese in one script, traditional
 * characters as simplified ({@link SimplifiedChinese}), so either script finds a name stored in the other.
 *
 * <p>Besides the graph's literals, the index holds the Russian and Chinese titles the pages compose
 * for things the graph titles only in English (a membership: «Индия: государство-член — …»), as
 * names in their language ({@link #composedTitles}): the index finds a thing by the title its page
 * shows. They are in no graph, so no dump changes; {@code text:query} binds them as the matched literal.
 */
public final class SearchIndex {
    public static final String NAME = "name";
    public static final String SYMBOL = "symbol";
    public static final String QUOTE = "quote";
    /** The languages whose fields a search asks besides the field of every language. */
    static final List<String> LANGUAGES = List.of("en", "ru", "zh");
    /** The tag of the graph's Chinese names in traditional script only (the Yekaterinburg Agreement's title). */
    static final String TRADITIONAL = "zh-Hant";

    private SearchIndex() {}

    /** The definition of the index: which predicate goes to which field. */
    static EntityDefinition definition() {
        EntityDefinition definition = new EntityDefinition("uri", NAME, RDFS.label.asNode());
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), DCTerms.title.asNode())) definition.set(NAME, p);
        definition.set(SYMBOL, NodeFactory.createURI(SCO.NS + "unDocumentSymbol"));
        definition.set(SYMBOL, NodeFactory.createURI(SCO.NS + "treatyNumber"));
        // A source record's symbol ("A/66/359" on the UN's own record) and the codes dcterms:identifier
        // gathers (ISO 3166, GeoNames), so that a source record is found by its symbol.
        definition.set(SYMBOL, DCTerms.identifier.asNode());
        definition.set(QUOTE, OA.exact);
        definition.set(QUOTE, NodeFactory.createURI(SCO.NS + "summary"));
        definition.setLangField("lang");
        definition.setAnalyzer(SYMBOL, new LowerCaseKeywordAnalyzer());
        return definition;
    }

    /** The analyzer of each language's own field. */
    static final java.util.Map<String, Analyzer> BY_LANGUAGE = java.util.Map.of("zh", new BritishSpelling(new SimplifiedChinese(new CJKAnalyzer())),
            "en", new BritishSpelling(new EnglishAnalyzer()), "ru", new BritishSpelling(new CyberPrefix(new RussianAnalyzer())));

    /** The analyzer of the fields every language shares, Chinese read in one script ({@link SimplifiedChinese}), English in one spelling ({@link BritishSpelling}). */
    static Analyzer everyScript() {
        try {
            return new BritishSpelling(new SimplifiedChinese(CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class).addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class).addTokenFilter(CJKBigramFilterFactory.class).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How the index reads text: written into a folder beside the index it was built with ({@link
     * #FORMAT_FILE}), and a kept index of another format, or of none, is built again: an index built
     * before a change of the analysis, opened as it was, would find nothing the new reading of a
     * search looks for. 2: Chinese folded to simplified script. 3: Taiwan's words for the subject's
     * terms read as the mainland's. 4: American spellings read as British ones ({@link
     * BritishSpelling}). 5: Wikidata IDs indexed as symbols ({@link #wikidataId}). 6: a TDB2 store's
     * union indexed, not its default graph, which is empty. 7: the texts added in one order, the same
     * in memory and on TDB2 ({@link #fill}). 8: an act's Russian or Chinese title made from its
     * document's other name in that language ({@link #composedTitles}). 9: a Russian word with
     * «кибер-» indexed without it too ({@link CyberPrefix}).
     */
    static final String FORMAT = "9";
    /** The file in a kept index's folder that names its {@link #FORMAT}. */
    static final String FORMAT_FILE = "sco-kg-index-format";

    /**
     * The index of {@code dataset}'s default graph (the union of the named graphs), attached to the
     * dataset's context for {@code text:query}. In memory when {@code folder} is null; otherwise kept
     * in {@code folder}: an index of this {@link #FORMAT} found there is opened as it is, any other
     * removed, and a missing one built there.
     */
    public static TextIndexLucene attach(DatasetGraph dataset, Path folder) {
        EntityDefinition definition = definition();
        TextIndexConfig config = config(definition);
        try {
            boolean kept = folder != null && Files.isDirectory(folder) && DirectoryReader.indexExists(FSDirectory.open(folder));
            boolean existing = kept && ofThisFormat(folder);
            if (kept && !existing) IOX.deleteAll(folder);
            Directory directory = folder == null ? new ByteBuffersDirectory() : FSDirectory.open(Files.createDirectories(folder));
            TextIndexLucene index = new TextIndexLucene(CancellableReads.of(directory), config);
            if (!existing) {
                fill(index, dataset, definition);
                if (folder != null) Files.writeString(folder.resolve(FORMAT_FILE), FORMAT + "\n");
            }
            dataset.getContext().set(TextQuery.textIndex, index);
            return index;
        } catch (IOException | TextIndexException e) {
            if (folder == null) throw e instanceof IOException io ? new UncheckedIOException("cannot make the search index", io) : (TextIndexException) e;
            // Another server holds the folder's index (two sharing one folder), or it cannot be
            // written: this one's index is made in memory, as without a folder.
            LoggerFactory.getLogger(SearchIndex.class).warn("the search index in {} cannot be used ({}); it is made in memory", folder, e.getMessage());
            return attach(dataset, null);
        }
    }

    /**
     * The index of {@code dataset} in memory, as {@link #attach attach} makes it without a folder,
     * read from the copy kept in {@code folder} when that copy was made for {@code key} (the record
     * of the graph's snapshot it indexes), else made and a copy kept there for the next start
     * ({@link KeptIndex}). The server reads the folder only here: the dumps' folder, where it lies,
     * may be replaced whole by a build while the server runs.
     */
    public static TextIndexLucene attachInMemory(DatasetGraph dataset, Path folder, String key) {
        EntityDefinition definition = definition();
        java.util.Optional<Directory> kept = KeptIndex.read(folder, FORMAT + "\n" + key);
        Directory directory = kept.orElseGet(ByteBuffersDirectory::new);
        TextIndexLucene index = new TextIndexLucene(CancellableReads.of(directory), config(definition));
        if (kept.isEmpty()) {
            fill(index, dataset, definition);
            KeptIndex.keep(directory, folder, FORMAT + "\n" + key);
        }
        dataset.getContext().set(TextQuery.textIndex, index);
        return index;
    }

    private static TextIndexConfig config(EntityDefinition definition) {
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(everyScript());
        config.setMultilingualSupport(true);
        // jena-text's tables by language, those its assembler's text:defineAnalyzers and text:searchFor
        // fill (static, for every index in the JVM: sco-kg has one): the Chinese field is Lucene's CJK
        // analyzer reading one script, and text:query's "lang:zh" asks the names in traditional script
        // only too, as SPARQL's langMatches(…, "zh") takes them.
        // Every language's field reads American spellings as British ones ({@link BritishSpelling}): a
        // Russian or Chinese title may hold an English name ("通过（…）：Astana Declaration … Organization").
        BY_LANGUAGE.forEach(Util::addAnalyzer);
        Util.addSearchForTags("zh", List.of("zh", TRADITIONAL));
        config.setValueStored(true);
        return config;
    }

    /**
     * Makes the index kept in {@code folder}, if any, be built again when next attached: its store
     * was built anew, so what it indexed may not be what the store now holds.
     */
    public static void forget(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FORMAT_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset the search index in " + folder, e);
        }
    }

    private static boolean ofThisFormat(Path folder) throws IOException {
        Path file = folder.resolve(FORMAT_FILE);
        return Files.isRegularFile(file) && Files.readString(file).strip().equals(FORMAT);
    }

    /**
     * The graph a query reads by default: on a TDB2 store whose union is its default graph for SPARQL
     * (TDB2's {@code unionDefaultGraph}), the union, for its own default graph is empty; in memory the
     * default graph, which is the union. An index of a TDB2 store's empty default graph would let
     * neither {@code /search} nor {@code text:query} find anything there.
     */
    static Graph defaultGraphOfQueries(DatasetGraph dataset) {
        return dataset.getContext().isTrue(TDB2.symUnionDefaultGraph) ? dataset.getUnionGraph() : dataset.getDefaultGraph();
    }

    private static void fill(TextIndexLucene index, DatasetGraph dataset, EntityDefinition definition) {
        Set<Node> indexed = Set.copyOf(definition.fields().stream().flatMap(f -> definition.getPredicates(f).stream()).toList());
        Set<Node> labelled = new java.util.TreeSet<>(IN_ONE_ORDER);
        Txn.executeRead(dataset, () -> {
            Graph graph = defaultGraphOfQueries(dataset);
            // The texts in one order, whatever order the graph gives them in: Lucene breaks ties of
            // score by the order texts were added, so an index filled in the graph's order would answer
            // otherwise on a TDB2 store than in memory ("Shanghai" showed the SCO as "Shanghai
            // Cooperation Organization" in memory and "…Organisation" on TDB2, and the suggestions for
            // "Sha" differed in their last name).
            // Only the triples that give the index a text are kept and sorted: at x100 the union has 1.7 million.
            List<Triple> triples = new ArrayList<>();
            graph.find().forEachRemaining(t -> {
                if (wikidataId(t).isPresent() || (indexed.contains(t.getPredicate()) && t.getObject().isLiteral())) triples.add(t);
            });
            triples.sort(Comparator.comparing(Triple::getSubject, IN_ONE_ORDER).thenComparing(Triple::getPredicate, IN_ONE_ORDER)
                    .thenComparing(Triple::getObject, IN_ONE_ORDER));
            for (Triple t : triples) {
                wikidataId(t).ifPresent(qid -> add(index, definition, t.getSubject(), DCTerms.identifier.asNode(), qid));
                if (!indexed.contains(t.getPredicate()) || !t.getObject().isLiteral()) continue;
                if (t.getPredicate().equals(RDFS.label.asNode())) labelled.add(t.getSubject());
                add(index, definition, t.getSubject(), t.getPredicate(), t.getObject());
            }
            for (Node thing : labelled) {
                for (Node title : composedTitles(graph, thing)) add(index, definition, thing, RDFS.label.asNode(), title);
            }
        });
        index.commit();
    }

    /**
     * The Wikidata ID a link to Wikidata names ({@code owl:sameAs wd:Q668}: "Q668"), as a symbol of its
     * subject: every page shows it, so "Q668" finds its thing as India's GeoNames ID, a literal,
     * finds India. An entry of the index only, in no graph, as the
     * composed titles are ({@link #composedTitles}).
     */
    static java.util.Optional<Node> wikidataId(org.apache.jena.graph.Triple t) {
        if (!t.getPredicate().getURI().equals(LinkTargets.WIKIDATA.linkPredicate) || !t.getObject().isURI()) return java.util.Optional.empty();
        String iri = t.getObject().getURI();
        if (!iri.startsWith(LinkTargets.WIKIDATA.namespace)) return java.util.Optional.empty();
        return java.util.Optional.of(NodeFactory.createLiteralString(iri.substring(LinkTargets.WIKIDATA.namespace.length())));
    }

    /** An order of the graph's terms that is the same in memory and on a TDB2 store: SPARQL's order of RDF terms (ARQ's). */
    private static final Comparator<Node> IN_ONE_ORDER = NodeCmp::compareRDFTerms;

    private static void add(TextIndexLucene index, EntityDefinition definition, Node subject, Node predicate, Node object) {
        Entity entity = TextQueryFuncs.entityFromQuad(definition, null, subject, predicate, object);
        if (entity != null) index.addEntity(entity);
    }

    /**
     * The titles a Russian or a Chinese page shows for {@code thing} that the graph does not hold:
     * those {@link Labels} composes from the thing's parts (a membership, an act, a position, whose
     * titles in the graph are English), each tagged with its language. Asked of the same code the pages
     * use, so the index finds a thing by the title its page shows: «Индия» finds India's memberships
     * and acts, not India alone.
     */
    static List<Node> composedTitles(Graph graph, Node thing) {
        List<Node> titles = new ArrayList<>();
        for (Language language : List.of(Language.RU, Language.ZH)) {
            Labels.find(graph, thing, language).filter(label -> label.lang().equals(language.tag))
                    .map(label -> NodeFactory.createLiteralLang(label.text(), label.lang()))
                    // A name the graph holds (an alternative name a page's heading now shows too) is indexed as such.
                    .filter(title -> !graph.contains(thing, RDFS.label.asNode(), title) && !graph.contains(thing, SKOS.prefLabel.asNode(), title)
                            && !graph.contains(thing, SKOS.altLabel.asNode(), title))
                    .ifPresent(titles::add);
        }
        return titles;
    }
}
