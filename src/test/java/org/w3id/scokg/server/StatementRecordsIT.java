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
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
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
    private static final Pattern RECORDS = Pattern.compile("<p class=\"record\">(.*?)</p>");
    private static final Pattern RECORD_LINK = Pattern.compile("<a href=\"/doc/(assertion/[0-9a-f]{16})\"( aria-label=\"([^\"]+)\")?>");

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
                assertFalse(shown.isEmpty(), lang + ": a record stands under sources: " + records.group());
                List<String> linked = new ArrayList<>();
                Matcher link = RECORD_LINK.matcher(records.group(1));
                while (link.find()) linked.add(link.group(1));
                assertFalse(linked.isEmpty(), records.group());
                assertEquals(linked.size(), new HashSet<>(linked).size(), lang + ": one link a record: " + records.group());
                if (linked.size() > 1) assertTrue(records.group(1).contains("aria-label=\""), lang + ": numbered links say which statement: " + records.group());
                check(lang, body, shown, linked);
                blocksChecked++;
                at = records.end();
            }
            assertTrue(sources(statements.substring(at)).isEmpty(), lang + ": no source after the last record's link: " + statements.substring(at));
            assertTrue(blocksChecked > 20, lang + ": China's values and their sources: " + blocksChecked);
            assertTrue(body.contains(Map.of("en", ">Record of this statement</a>", "ru", ">Запись об этом утверждении</a>", "zh", ">此陈述的记录</a>").get(lang)),
                    lang + ": in the reader's language");
        }
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
