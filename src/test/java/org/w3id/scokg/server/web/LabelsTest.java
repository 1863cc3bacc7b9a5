package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order in which a page's name is chosen: the page's language exactly, then another script of it,
 * then another name ({@code skos:altLabel}) likewise, then English, then any.
 */
class LabelsTest {
    private static final Node THING = NodeFactory.createURI("https://w3id.org/sco-kg/id/document/x");

    /** Each row: the names the thing has ("property:text@lang", separated by "|"), the page's language, the name chosen. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', value = {"label:Tianjin Declaration@en|alt:Тяньцзиньская декларация@ru; ru; Тяньцзиньская декларация@ru",
        "label:Declaration@en|pref:Декларация@ru|alt:Тяньцзиньская декларация@ru; ru; Декларация@ru", "label:Declaration@en|alt:Тяньцзиньская декларация@ru; en; Declaration@en",
        "label:SCO@en|label:上海合作组织@zh|alt:上合組織@zh-Hant; zh; 上海合作组织@zh", "label:Agreement@en|label:協定@zh-Hant; zh; 協定@zh-Hant",
        "label:Agreement@en|label:協定@zh-Hant|label:协定@zh; zh; 协定@zh", "label:Code@en|alt:准则@zh|alt:準則@zh-Hant; zh; 准则@zh",
        "label:Code@en|alt:準則@zh-Hant; zh; 準則@zh-Hant", "label:Code@en|label:準則@zh-Hant|alt:准则@zh; zh; 準則@zh-Hant",
        "label:Code@en|alt:准则@zh; ru; Code@en", "alt:Code@en|label:Кодекс@ru; en; Code@en", "label:Кодекс@ru; zh; Кодекс@ru"})
    void a_name_is_chosen_in_the_readers_language_then_its_scripts_then_other_names_then_english(String names, String page, String chosen) {
        Graph graph = GraphFactory.createGraphMem();
        for (String name : names.split("\\|")) {
            String[] parts = name.split(":", 2);
            int at = parts[1].lastIndexOf('@');
            Node property = switch (parts[0]) {
                case "label" -> RDFS.label.asNode();
                case "pref" -> SKOS.prefLabel.asNode();
                default -> SKOS.altLabel.asNode();
            };
            graph.add(THING, property, NodeFactory.createLiteralLang(parts[1].substring(0, at), parts[1].substring(at + 1)));
        }
        Labels.Label label = Labels.of(graph, THING, Language.valueOf(page.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(chosen, label.text() + "@" + label.lang());
    }
}
