package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.vocab.SCO;

class PicturesTest {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final Node SCO_ORG = NodeFactory.createURI("https://w3id.org/sco-kg/id/organization/SCO");

    /**
     * A review of 5 December 2026: Saudi Arabia's dialogue partnership, begun in September 2022 (its
     * memorandum was signed at the Samarkand summit, day unknown), was counted from 1 September, so the
     * enlargement's table said 9 dialogue partners on 2022-09-14, the day Egypt's and Qatar's began.
     * A status known only to its month is counted once the month is over, as the named queries count
     * it certain (StatusesOnEveryDayTest); one that ends in a month is no longer counted from its start.
     */
    @Test
    void a_status_known_to_its_month_is_counted_after_the_month_not_from_its_first_day() {
        Graph graph = GraphFactory.createDefaultGraph();
        status(graph, "EG", SCO.DialoguePartner, date("2022-09-14", XSDDatatype.XSDdate), null);
        status(graph, "QA", SCO.DialoguePartner, date("2022-09-14", XSDDatatype.XSDdate), null);
        status(graph, "SA", SCO.DialoguePartner, date("2022-09", XSDDatatype.XSDgYearMonth), null);
        status(graph, "LK", SCO.DialoguePartner, date("2009-06-16", XSDDatatype.XSDdate), date("2023-05", XSDDatatype.XSDgYearMonth));
        status(graph, "TR", SCO.DialoguePartner, date("2012-06-07", XSDDatatype.XSDdate), null);
        String figure = Pictures.enlargement(graph, SCO_ORG, Texts.of(Language.EN));
        assertEquals(List.of("2009-06-16 1", "2012-06-07 2", "2022-09-14 4", "2022-09 5", "2023-05 4"), rows(figure), figure);
        // A date known only to its month says so (a review on 6 December 2026 read a bare "2022-09" after "2022-09-14"); a day does not.
        assertTrue(figure.contains("<time>2022-09</time> (precision: month)</td>") && figure.contains("<time>2023-05</time> (precision: month)</td>"), figure);
        assertTrue(figure.contains("<time>2022-09-14</time></td>"), figure);
    }

    /**
     * The chart's description says "(and its predecessor)" only of an organisation that has one: the
     * Shanghai Five's said it too until a review on 6 December 2026. A key the organisation retired
     * (replaced, no thing of its own) is no predecessor.
     */
    @Test
    void the_description_names_a_predecessor_only_where_there_is_one() {
        Graph graph = GraphFactory.createDefaultGraph();
        status(graph, "IN", SCO.MemberState, date("2017-06-09", XSDDatatype.XSDdate), null);
        Node replaces = uri("http://purl.org/dc/terms/replaces");
        Node type = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node shanghaiFive = uri("https://w3id.org/sco-kg/id/organization/S5");
        java.util.Map<Language, String> phrase = java.util.Map.of(Language.EN, " (and its predecessor)", Language.RU, " (и в её предшественнице)", Language.ZH, "（及其前身）");
        graph.add(SCO_ORG, replaces, uri("https://w3id.org/sco-kg/id/organization/SCO-retired-key"));
        phrase.forEach((language, words) -> {
            String figure = Pictures.enlargement(graph, SCO_ORG, Texts.of(language));
            assertFalse(figure.contains(words), language + ": " + figure);
            assertFalse(figure.contains("{1") || figure.contains("select"), language + ": " + figure);
        });
        graph.add(SCO_ORG, replaces, shanghaiFive);
        graph.add(shanghaiFive, type, uri(ORG + "FormalOrganization"));
        phrase.forEach((language, words) -> assertTrue(Pictures.enlargement(graph, SCO_ORG, Texts.of(language)).contains(words), language.toString()));
    }

    /**
     * Each text of a Russian or Chinese picture is in the language of its own words: a review of issue
     * 15 on 6 December 2026 found a document the graph names in English only drawn under «История
     * документа «Code of conduct»», and its submission's link named «Внесение (Китай): Code of conduct
     * (2011-09-12)», both Russian to a screen reader. SVG's title is text alone, so such a title is
     * the name's language's words whole, said to be English; the caption under it keeps the page's
     * words, the name marked.
     */
    @Test
    void each_text_of_a_russian_or_chinese_picture_is_in_the_language_of_its_words() throws Exception {
        Graph graph = GraphFactory.createDefaultGraph();
        Node document = uri(SCO.ID + "document/code");
        Node act = uri(SCO.ID + "act/code-submission");
        Node china = uri(SCO.ID + "state/CN");
        Node label = uri("http://www.w3.org/2000/01/rdf-schema#label");
        graph.add(document, label, NodeFactory.createLiteralLang("Code of conduct", "en"));
        graph.add(document, uri("http://purl.org/dc/terms/issued"), date("2011-09-14", XSDDatatype.XSDdate));
        graph.add(uri(SCO.NS + "Submission"), uri("http://www.w3.org/2000/01/rdf-schema#subClassOf"), uri(SCO.NS + "InstrumentAct"));
        graph.add(act, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri(SCO.NS + "Submission"));
        graph.add(act, uri(SCO.NS + "onInstrument"), document);
        graph.add(act, uri(SCO.NS + "date"), date("2011-09-12", XSDDatatype.XSDdate));
        graph.add(act, SCO.actor, china);
        graph.add(act, label, NodeFactory.createLiteralLang("Submission (China): Code of conduct (2011-09-12)", "en"));
        graph.add(china, label, NodeFactory.createLiteralLang("China", "en"));
        graph.add(china, label, NodeFactory.createLiteralLang("Китай", "ru"));
        graph.add(china, label, NodeFactory.createLiteralLang("中国", "zh"));
        for (Language language : List.of(Language.RU, Language.ZH)) {
            String figure = Pictures.documentLife(graph, document, Texts.of(language));
            assertEquals(2, PictureLanguages.pictures(figure), figure);
            assertEquals(List.of(), PictureLanguages.mismatches(figure, language.tag), figure);
            assertTrue(figure.contains("<title id=\"life-title\" lang=\"en\">The life of “Code of conduct”</title>"), figure);
            assertTrue(figure.contains("<title lang=\"en\">Submission (China): Code of conduct (2011-09-12)</title>"), "the act's own English title: " + figure);
            assertTrue(figure.contains("<span lang=\"en\">Code of conduct</span>"), "the caption keeps the page's words, the name marked: " + figure);
        }
        // The same in English is in the page's language throughout: nothing to mark.
        String english = Pictures.documentLife(graph, document, Texts.of(Language.EN));
        assertEquals(List.of(), PictureLanguages.mismatches(english, "en"), english);
        assertFalse(english.contains("lang=\"en\""), english);
        // The checker itself: an English word in a Russian text is found.
        assertEquals(List.of("ru <title>: Внесение: Code of conduct"), PictureLanguages.mismatches("<svg><title>Внесение: Code of conduct</title></svg>", "ru"));
        assertEquals(List.of("en <text>: Китай"), PictureLanguages.mismatches("<svg><g lang=\"en\"><text>Китай</text></g></svg>", "zh"));
    }

    private static List<String> rows(String figure) {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td data-label=\"Date\"><time>([^<]+)</time>(?: \\(precision: (?:month|year)\\))?</td><td data-label=\"[^\"]+\">(\\d+)</td></tr>").matcher(figure);
        while (row.find()) rows.add(row.group(1) + " " + row.group(2));
        assertTrue(!rows.isEmpty(), figure);
        return rows;
    }

    private static Node date(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static void status(Graph graph, String state, Node role, Node from, Node until) {
        Node membership = NodeFactory.createURI("https://w3id.org/sco-kg/id/membership/SCO-" + state);
        Node interval = NodeFactory.createURI(membership.getURI() + "#interval");
        graph.add(membership, uri(ORG + "member"), uri("https://w3id.org/sco-kg/id/state/" + state));
        graph.add(membership, uri(ORG + "organization"), SCO_ORG);
        graph.add(membership, uri(ORG + "role"), role);
        graph.add(membership, uri(ORG + "memberDuring"), interval);
        graph.add(interval, uri(TIME + "hasBeginning"), uri(membership.getURI() + "#beginning"));
        graph.add(uri(membership.getURI() + "#beginning"), uri(TIME + (from.getLiteralLexicalForm().length() == 7 ? "inXSDgYearMonth" : "inXSDDate")), from);
        if (until == null) return;
        graph.add(interval, uri(TIME + "hasEnd"), uri(membership.getURI() + "#end"));
        graph.add(uri(membership.getURI() + "#end"), uri(TIME + (until.getLiteralLexicalForm().length() == 7 ? "inXSDgYearMonth" : "inXSDDate")), until);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
