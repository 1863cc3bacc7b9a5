package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.query.functions.QueryBudget;

/** The bounds on a search of {@code text:query} that Lucene reads and compiles with no deadline (a review on 4 December 2026). */
class TextSearchSizeTest {
    private static final String LONG_WORD = "abcdefghij".repeat(101);

    @Test
    void a_long_fuzzy_word_and_many_short_ones_are_refused() {
        assertTrue(assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check(LONG_WORD + "~2")).getMessage().contains("fuzzy (word~)"));
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check(LONG_WORD + "^2~1"));
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check("china~2 ".repeat(201)));
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check("/[ab]*a[ab]{8}/ ".repeat(100)));
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check("c*a?b ".repeat(300)));
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check("name:(" + LONG_WORD + "*)"));
    }

    @Test
    void deep_brackets_are_refused_before_lucenes_parser_runs_out_of_stack() {
        assertTrue(assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check("(".repeat(20_000) + "a")).getMessage().contains("round brackets"));
        assertDoesNotThrow(() -> TextSearchSize.check("(".repeat(100) + "a" + ")".repeat(100)));
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check(")".repeat(1_000) + "(".repeat(101) + "a"));
    }

    @Test
    void plain_words_phrases_and_their_slop_a_few_patterns_and_what_lucene_cannot_read_pass() {
        assertDoesNotThrow(() -> TextSearchSize.check((LONG_WORD + " ").repeat(50)));
        assertDoesNotThrow(() -> TextSearchSize.check("\"" + LONG_WORD + " " + LONG_WORD + "\"~2"));
        assertDoesNotThrow(() -> TextSearchSize.check("chna~1 russ* /ind.a/ +kaz?khstan^2"));
        // jena-text's parser refuses these itself, in its own words.
        assertDoesNotThrow(() -> TextSearchSize.check("\"unclosed " + LONG_WORD + "~2"));
        assertDoesNotThrow(() -> TextSearchSize.check("a\\"));
    }

    @Test
    void each_literal_among_the_arguments_is_read() {
        var search = NodeFactory.createLiteralString(LONG_WORD + "~2");
        var highlight = NodeFactory.createLiteralString("highlight:s:<b> | e:</b>");
        var q = Var.alloc("q");
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check(new PropFuncArg(search), BindingFactory.empty()));
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check(new PropFuncArg(List.of(NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), q)),
                Binding.builder().add(q, search).build()));
        assertDoesNotThrow(() -> TextSearchSize.check(new PropFuncArg(List.of(NodeFactory.createLiteralString("china"), highlight)), BindingFactory.empty()));
        assertDoesNotThrow(() -> TextSearchSize.check(new PropFuncArg(q), BindingFactory.empty()));
        // jena-text takes the first literal for the search, whatever it begins with.
        assertThrows(QueryBudget.Exceeded.class, () -> TextSearchSize.check(new PropFuncArg(NodeFactory.createLiteralString("lang:en " + LONG_WORD + "~2")), BindingFactory.empty()));
    }
}
