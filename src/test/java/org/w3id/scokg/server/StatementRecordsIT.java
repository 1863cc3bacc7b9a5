package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

/**
 * The records of the statements ({@code /doc/assertion/…}), which no page linked to until a review
 * on 6 December 2026 (only the sitemap named them): each value's sources on an entity page link to
 * the record of the statement they support, and the home page lists their index among the kinds.
 */
class StatementRecordsIT {
    private static final Pattern SOURCE = Pattern.compile("<div class=\"source\">[^<]*<a href=\"/doc/(source/[^\"]+)\">");
    private static final Pattern RECORDS = Pattern.compile("<span class=\"record\"[^>]*>(.*?)</span>");
    private static final Pattern RECORD_LINK = Pattern.compile("<a href=\"/doc/(assertion/[0-9a-f]{16})\" aria-label=\"([^\"]+)\">([^<]+)</a>");
    /** A page's title without the site's name, and its heading. */
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*) · sco-kg</title>");
    private static final Pattern HEADING = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL);
    private static final Node OWN_WORDS = NodeFactory.createURI(SCO.ID + "source/sco-kg");

    @Test
    void each_source_block_of_chinas_page_links_to_the_record_of_the_statement_it_supports() {
        for (String lang : List.of("en", "ru", "zh")) {
            String body = get("/doc/state/CN?lang=" + lang).body();
            // The statements' sections have ids; the record's own sources, at the foot, are of the thing as a whole.
            int end = body.indexOf("<section><h2>");
            String statements = end < 0 ? body : body.substring(0, end);
            int blocksChecked = 0;
            int at = 0;
            Matcher records = RECORDS.matcher(statements);
            while (records.find()) {
                Set<String> shown = sources(statements.substring(at, records.start()));
                // sco-kg's own note, which no source says, has its record at its end.
                boolean ownNote = statements.lastIndexOf("<p class=\"note\"", records.start()) > statements.lastIndexOf("</p>", records.start());
                assertTrue(ownNote ? shown.isEmpty() : !shown.isEmpty(), lang + ": a record stands at the end of the sources that support it, or of sco-kg's own note: " + records.group());
                List<String> linked = links(records.group(1));
                assertFalse(linked.isEmpty(), records.group());
                assertEquals(linked.size(), new HashSet<>(linked).size(), lang + ": one link a record: " + records.group());
                if (ownNote) assertEquals(Set.of(OWN_WORDS), supportOf(linked.get(0)), lang + ": sco-kg's own note: " + records.group());
                check(lang, body, shown, linked);
                blocksChecked++;
                at = records.end();
            }
            assertTrue(sources(statements.substring(at)).isEmpty(), lang + ": no source after the last record's link: " + statements.substring(at));
            assertTrue(blocksChecked > 20, lang + ": China's values and their sources: " + blocksChecked);
            assertTrue(body.contains(Map.of("en", " aria-label=\"Record of this statement\">record</a>", "ru", " aria-label=\"Запись об этом утверждении\">запись</a>", "zh",
                    " aria-label=\"此陈述的记录\">记录</a>").get(lang)), lang + ": in the reader's language");
            // A page of 150 paragraphs of "Record of this statement" on the SCO's page until a review on 6 December 2026.
            assertFalse(body.contains("<p class=\"record\">"), lang + ": the records stand at the end of their sources, not in a paragraph of their own");
        }
    }

    /** The records a block links to, each link named for assistive technology with words that hold what it shows. */
    private static List<String> links(String block) {
        List<String> linked = new ArrayList<>();
        Matcher link = RECORD_LINK.matcher(block);
        while (link.find()) {
            assertTrue(link.group(2).toLowerCase(java.util.Locale.ROOT).contains(link.group(3).toLowerCase(java.util.Locale.ROOT)), "the name holds the words shown: " + link.group());
            linked.add(link.group(1));
        }
        return linked;
    }

    /** The sources a record derives from, itself or through an excerpt. */
    private static Set<Node> supportOf(String record) {
        return TestGraph.real().read(() -> {
            Graph union = TestGraph.real().union();
            Set<Node> supporting = new HashSet<>();
            union.find(NodeFactory.createURI(SCO.ID + record), PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject)
                    .forEachRemaining(from -> supporting.add(union.find(from, OA.hasSource, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(from)));
            return supporting;
        });
    }

    /**
     * A review on 6 December 2026: the Almaty summit's page linked the record of the joint statement's
     * signing at the summit, after its place and signers, as if it were theirs, and the records of the
     * place, the five signers, the document and the note nowhere. Every statement the page shows has
     * its record linked once: the thing's own, those of the things linked to it, and those of each
     * fact shown on it. Not shown as statements: a name that is the page's title or a fact's link, a
     * retired key, a fact's links to its parts and their classes (an interval, an instant: the page
     * shows the dates they hold) and a fact's class that the page does not name (a membership's).
     */
    @Test
    void every_statement_shown_on_a_page_has_its_record_linked_once() {
        for (String path : List.of("/doc/event/almaty-summit-1998", "/doc/state/CN")) {
            String body = get(path).body();
            List<String> linked = new ArrayList<>();
            Matcher records = RECORDS.matcher(body);
            while (records.find()) linked.addAll(links(records.group(1)));
            assertEquals(linked.size(), new HashSet<>(linked).size(), path + ": each record once: " + linked);
            Set<String> facts = new HashSet<>();
            Matcher fact = Pattern.compile("<div class=\"fact\"><a href=\"/doc/([^\"#]+)\"").matcher(body);
            while (fact.find()) facts.add(SCO.ID + fact.group(1));
            Node entity = NodeFactory.createURI(SCO.ID + path.substring("/doc/".length()));
            String title = body.substring(body.indexOf("<h1>") + 4, body.indexOf("</h1>")).replaceAll("<[^>]+>", "");
            Set<String> expected = TestGraph.real().read(() -> {
                Set<String> shown = new HashSet<>();
                TestGraph.real().provenance().find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).mapWith(Triple::getSubject).forEachRemaining(statement -> {
                    Graph provenance = TestGraph.real().provenance();
                    Node subject = only(provenance, statement, RDF.subject.asNode());
                    Node predicate = only(provenance, statement, RDF.predicate.asNode());
                    Node object = only(provenance, statement, RDF.object.asNode());
                    if (predicate.equals(RDFS.label.asNode()) || object.isLiteral() && object.getLiteralLexicalForm().equals(title)) return;
                    if (predicate.equals(DCTerms.replaces.asNode()) && !TestGraph.real().data().contains(object, RDF.type.asNode(), Node.ANY)) return;
                    if (object.isURI() && object.getURI().contains("#") && subject.getURI().startsWith(object.getURI().replaceFirst("#.*", ""))) return;
                    if (predicate.equals(RDF.type.asNode()) && (subject.getURI().contains("#") || !body.contains(Html.href(object) + "\""))) return;
                    String of = subject.isURI() ? subject.getURI().replaceFirst("#.*", "") : "";
                    if (of.equals(entity.getURI()) || object.equals(entity) || facts.contains(of)) shown.add(statement.getURI().substring(SCO.ID.length()));
                });
                return shown;
            });
            Set<String> missing = new java.util.TreeSet<>(expected);
            missing.removeAll(linked);
            Set<String> extra = new java.util.TreeSet<>(linked);
            extra.removeAll(expected);
            assertEquals(Set.of(), missing, path + ": shown and linked nowhere");
            assertEquals(Set.of(), extra, path + ": linked and not about what the page shows");
        }
    }

    /** A review on 6 December 2026: the record of the signing's "at" linked to itself under "at". */
    @Test
    void a_statements_record_does_not_link_to_itself() {
        Node signing = NodeFactory.createURI(SCO.ID + "act/almaty-joint-statement-1998-signing");
        String at = recordOf(signing, NodeFactory.createURI(SCO.NS + "atEvent"));
        String body = get("/doc/" + at).body();
        assertTrue(body.contains("<dd><a href=\"/doc/event/almaty-summit-1998\">"), "the record shows the signing's event: " + body);
        assertFalse(body.contains("href=\"/doc/" + at + "\""), body);
        // The other statements about the signing shown on it keep theirs: its place's.
        assertTrue(body.contains("href=\"/doc/" + recordOf(signing, NodeFactory.createURI("http://schema.org/location")) + "\""), body);
    }

    /**
     * A statement's page: its name is its summary, and until a review on 6 December 2026 its heading
     * and title were that summary whole (560 characters for the revised code of conduct's). A name
     * of more than 240 characters is cut after a word under 120; the body keeps it whole.
     */
    @Test
    void a_statement_with_a_long_summary_is_headed_short_and_keeps_it_whole_in_its_body() {
        Pattern title = TITLE;
        Pattern heading = HEADING;
        Map<String, String> longNames = TestGraph.real().read(() -> {
            Map<String, String> found = new java.util.TreeMap<>();
            TestGraph.real().union().find(Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SCO.ID + "statement/") && t.getObject().isLiteral()
                        && t.getObject().getLiteralLanguage().equals("en") && t.getObject().getLiteralLexicalForm().length() > 240) {
                    found.put(t.getSubject().getURI().substring(SCO.ID.length()), t.getObject().getLiteralLexicalForm());
                }
            });
            return found;
        });
        assertTrue(longNames.containsKey("statement/code-2015-obligations"), longNames.keySet().toString());
        for (Map.Entry<String, String> thing : longNames.entrySet()) {
            String body = get("/doc/" + thing.getKey()).body();
            Matcher t = title.matcher(body);
            Matcher h = heading.matcher(body);
            assertTrue(t.find() && h.find(), thing.getKey());
            String heads = h.group(1).replaceAll("<[^>]+>", "");
            assertTrue(heads.endsWith("…") && heads.length() <= 121 && t.group(1).equals(heads), thing.getKey() + ": " + heads + " / " + t.group(1));
            String name = Html.escape(thing.getValue());
            assertTrue(name.startsWith(heads.substring(0, heads.length() - 1)), thing.getKey() + ": cut from its start");
            assertTrue(body.substring(body.indexOf("</h1>")).replaceAll("<[^>]+>", "").contains(name), thing.getKey() + ": whole in the body");
        }
        // Another thing's long name, made of its parts, stays whole: an act's (its actor, its document, its date).
        assertTrue(get("/doc/act/A-76-135-adoption").body().contains("(2021) (2021-05-28) · sco-kg</title>"), "the act's name whole");
        // A name under the bound, a position's, stays whole.
        String position = get("/doc/position/CN-supports-responsible-state-behaviour-A-66-359").body();
        assertTrue(position.contains("<title>China supports norms of responsible state behaviour under UN auspices (International code of conduct for information security (2011)) · sco-kg</title>"),
                position.substring(0, Math.min(2000, position.length())));
    }

    /**
     * A review on 6 December 2026: a record whose value is a long text (a statement's summary, which is
     * its name too) was headed and titled with the value whole, twice, "value · summary · value", an
     * {@code h1} and a {@code title} of 930 characters (83 records). The title cuts each name and
     * the value after a word, under 120 characters, and says the value once where it is the thing's
     * name; the page's body keeps it whole. No record's title, in any language, passes 280 characters:
     * two parts of 120, the property's words and the separators.
     */
    @Test
    void a_long_values_record_is_titled_short_and_keeps_the_value_whole_in_its_body() {
        Pattern title = TITLE;
        Pattern heading = HEADING;
        Map<String, String> longValues = TestGraph.real().read(() -> {
            Map<String, String> found = new java.util.TreeMap<>();
            Graph provenance = TestGraph.real().provenance();
            provenance.find(Node.ANY, RDF.object.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().length() > 120) {
                    found.put(t.getSubject().getURI().substring(SCO.ID.length()), t.getObject().getLiteralLexicalForm());
                }
            });
            return found;
        });
        assertTrue(longValues.size() > 100, "records of long values: " + longValues.size());
        assertTrue(longValues.containsKey("assertion/4c785c301cadce1f"), "the code of conduct's summary");
        for (Map.Entry<String, String> record : longValues.entrySet()) {
            String body = get("/doc/" + record.getKey()).body();
            Matcher t = title.matcher(body);
            Matcher h = heading.matcher(body);
            assertTrue(t.find() && h.find(), record.getKey());
            String heads = h.group(1).replaceAll("<[^>]+>", "");
            assertTrue(t.group(1).length() <= 280 && heads.length() <= 280, record.getKey() + ": " + t.group(1));
            assertEquals(t.group(1), heads, record.getKey() + ": the title is the heading");
            String value = Html.escape(record.getValue());
            // The text of the page, its dates and identifiers kept whole in elements of their own.
            String above = body.substring(0, body.indexOf("</h1>")).replaceAll("<[^>]+>", "");
            String below = body.substring(body.indexOf("</h1>")).replaceAll("<[^>]+>", "");
            assertFalse(above.contains(value), record.getKey() + ": not whole in the title, the crumbs or the heading");
            assertTrue(below.contains(value), record.getKey() + ": whole in the body");
        }
        String code = get("/doc/assertion/4c785c301cadce1f").body();
        assertTrue(code.contains("<h1>States subscribing to the code pledge to comply with the UN Charter and respect sovereignty and territorial integrity… · summary</h1>"),
                "the summary once, cut after a word: " + code);
        for (String lang : List.of("en", "ru", "zh")) {
            Matcher link = Pattern.compile("<a href=\"/doc/assertion/[0-9a-f]+\"[^>]*>(.*?)</a>", Pattern.DOTALL).matcher(LinkedDataIT.wholeIndex("assertion", lang));
            int titles = 0;
            while (link.find()) {
                titles++;
                String text = link.group(1).replaceAll("<[^>]+>", "");
                assertTrue(text.length() <= 280, lang + ": " + text);
            }
            assertTrue(titles > 1_000, lang + ": " + titles);
        }
    }

    private static String recordOf(Node subject, Node predicate) {
        return TestGraph.real().read(() -> {
            Graph provenance = TestGraph.real().provenance();
            List<Node> records = provenance.find(Node.ANY, RDF.subject.asNode(), subject).mapWith(Triple::getSubject)
                    .filterKeep(r -> provenance.contains(r, RDF.predicate.asNode(), predicate)).toList();
            assertEquals(1, records.size(), subject + " " + predicate + ": " + records);
            return records.get(0).getURI().substring(SCO.ID.length());
        });
    }

    /** Each record answers 200 and states a triple about China whose sources include every source shown above its link. */
    private static void check(String lang, String page, Set<String> shown, List<String> linked) {
        Set<String> supporting = new HashSet<>();
        for (String record : linked) {
            assertEquals(200, get("/doc/" + record + "?lang=" + lang).statusCode(), record);
            Node statement = NodeFactory.createURI(SCO.ID + record);
            TestGraph.real().read(() -> {
                Graph union = TestGraph.real().union();
                Node subject = only(union, statement, RDF.subject.asNode());
                Node predicate = only(union, statement, RDF.predicate.asNode());
                Node object = only(union, statement, RDF.object.asNode());
                assertTrue(TestGraph.real().data().contains(subject, predicate, object), record + " states a triple of the data");
                Node china = NodeFactory.createURI(SCO.ID + "state/CN");
                // About China: China's own triple, or a triple of a fact or part shown on China's page.
                assertTrue(subject.equals(china) || object.equals(china) || subject.getURI().startsWith(china.getURI() + "#")
                        || page.contains("href=\"/doc/" + subject.getURI().substring(SCO.ID.length()).replaceFirst("#.*", "")),
                        record + " is about China or what its page shows: " + subject);
                union.find(statement, PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).forEachRemaining(from -> {
                    Node source = union.find(from, OA.hasSource, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(from);
                    supporting.add(source.getURI().substring(SCO.ID.length()));
                });
                return null;
            });
        }
        assertTrue(supporting.containsAll(shown), lang + ": the sources shown " + shown + " support the statements linked " + linked + ": " + supporting);
    }

    private static Set<String> sources(String html) {
        Set<String> sources = new HashSet<>();
        Matcher source = SOURCE.matcher(html);
        while (source.find()) sources.add(source.group(1));
        return sources;
    }

    private static Node only(Graph graph, Node subject, Node property) {
        List<Node> objects = graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, objects.size(), subject + " " + property + ": " + objects);
        return objects.get(0);
    }

    @Test
    void the_home_page_lists_the_statements_records_with_their_count_in_three_languages() {
        int records = TestGraph.real().read(() -> TestGraph.real().provenance().find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode())
                .filterKeep(t -> t.getSubject().getURI().startsWith(SCO.ID + "assertion/")).toList().size());
        assertTrue(records > 1000, "the statements' records: " + records);
        // Named as the records they are, beside "Statements" (the declarations' words), and counted as
        // the index counts them, "3,866" and «3 866», where they were "Statements with their sources
        // (3866)" until a review on 6 December 2026.
        String grouped = String.format(java.util.Locale.ROOT, "%,d", records);
        Map<String, String> words = Map.of("en", "Statement records</a> (" + grouped, "ru", "Записи об утверждениях</a> (" + grouped.replace(',', ' '), "zh",
                "陈述记录</a> (" + grouped);
        words.forEach((lang, word) -> {
            String things = get("/?lang=" + lang).body().replace('\u00a0', ' ').replace('\u202f', ' ');
            assertTrue(things.contains("<li><a href=\"/doc/assertion/\">" + word + ")</li>"), lang + ": " + things);
            String index = get("/doc/assertion/?lang=" + lang).body().replace('\u00a0', ' ').replace('\u202f', ' ');
            assertTrue(index.contains(word.substring(word.indexOf('(') + 1)), lang + ": the index says the same number");
        });
        assertEquals(200, get("/doc/assertion/").statusCode());
    }
}
