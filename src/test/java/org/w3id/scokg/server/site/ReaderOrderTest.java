package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.server.web.Language;

class ReaderOrderTest {
    /** The states' names as a Russian page shows them. */
    private static final Map<String, String> RUSSIAN = Map.of("China", "Китай", "India", "Индия", "Kazakhstan", "Казахстан", "Pakistan", "Пакистан");

    private static String russian(Node name) {
        return RUSSIAN.getOrDefault(name.getLiteralLexicalForm(), name.getLiteralLexicalForm());
    }

    private static Binding row(String date, String name) {
        BindingBuilder row = BindingBuilder.create();
        if (date != null) row.add(Var.alloc("date"), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        if (name != null) row.add(Var.alloc("name"), NodeFactory.createLiteralLang(name, "en"));
        return row.build();
    }

    private static List<String> names(List<Binding> rows) {
        return rows.stream().map(r -> r.get(Var.alloc("name")) == null ? "-" : russian(r.get(Var.alloc("name")))).toList();
    }

    private static List<Binding> order(String orderBy, List<Binding> rows, Language language) {
        Query query = QueryFactory.create("SELECT ?date ?name {} ORDER BY " + orderBy);
        return ReaderOrder.of(query, rows, ReaderOrderTest::russian, language.order());
    }

    @Test
    void rows_ordered_by_english_names_are_ordered_by_the_names_shown() {
        // The query's order: China, India, Kazakhstan; a Russian reader's: Индия, Казахстан, Китай.
        List<Binding> rows = List.of(row(null, "China"), row(null, "India"), row(null, "Kazakhstan"));
        assertEquals(List.of("Индия", "Казахстан", "Китай"), names(order("?name", rows, Language.RU)));
    }

    @Test
    void a_date_before_the_names_keeps_its_order_and_the_names_are_ordered_within_each_date() {
        List<Binding> rows = List.of(row("2001-06-15", "China"), row("2001-06-15", "Kazakhstan"), row("2017-06-09", "India"), row("2017-06-09", "Pakistan"));
        assertEquals(List.of("Казахстан", "Китай", "Индия", "Пакистан"), names(order("STR(?date) ?name", rows, Language.RU)));
        assertEquals(List.of("Индия", "Пакистан", "Казахстан", "Китай"), names(order("DESC(?date) ?name", rows, Language.RU)));
    }

    @Test
    void descending_names_are_descending_as_shown_and_a_row_without_a_name_comes_first_as_in_sparql() {
        List<Binding> rows = List.of(row("2001-06-15", null), row(null, "China"), row(null, "India"), row(null, "Kazakhstan"));
        assertEquals(List.of("-", "Индия", "Казахстан", "Китай"), names(order("?name", rows, Language.RU)));
        assertEquals(List.of("Китай", "Казахстан", "Индия", "-"), names(order("DESC(?name)", rows, Language.RU)));
    }

    @Test
    void a_query_ordered_by_no_names_is_left_in_its_order() {
        // Dates only, and a name under an expression (STR drops its language): the query's order, whatever the names shown.
        List<Binding> rows = List.of(row("2001-06-15", "Kazakhstan"), row("2001-06-15", "China"), row("2017-06-09", "India"));
        assertEquals(rows, order("?date", rows, Language.RU));
        assertEquals(rows, order("STR(?name)", rows, Language.RU));
    }

    @Test
    void a_column_with_a_value_that_is_no_name_is_not_ordered_as_names() {
        BindingBuilder plain = BindingBuilder.create();
        plain.add(Var.alloc("name"), NodeFactory.createLiteralString("China"));
        List<Binding> rows = List.of(plain.build(), row(null, "India"));
        assertEquals(rows, order("?name", rows, Language.RU));
    }
}
