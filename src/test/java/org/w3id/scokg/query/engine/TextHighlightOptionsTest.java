package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.query.functions.QueryBudget;

/** The bounds on {@code text:query}'s highlighting, which jena-text and Lucene read with no deadline (a review on 5 December 2026). */
class TextHighlightOptionsTest {
    @Test
    void fragments_past_the_limit_or_below_zero_are_refused_naming_it() {
        assertTrue(assertThrows(QueryBudget.Exceeded.class, () -> TextHighlightOptions.check("m:400000000")).getMessage().contains("0 to 100"));
        assertThrows(QueryBudget.Exceeded.class, () -> TextHighlightOptions.check(" s:<b> | m:101 "));
        assertThrows(QueryBudget.Exceeded.class, () -> TextHighlightOptions.check("m:-1"));
        assertDoesNotThrow(() -> TextHighlightOptions.check("m:100 | z:2147483647"));
        assertDoesNotThrow(() -> TextHighlightOptions.check("m:0"));
        // Not an integer: jena-text keeps its default.
        assertDoesNotThrow(() -> TextHighlightOptions.check("m: 99999999999"));
    }

    @Test
    void marks_a_regular_expression_reads_are_refused_while_words_are_joined() {
        assertTrue(assertThrows(QueryBudget.Exceeded.class, () -> TextHighlightOptions.check("s:" + "x".repeat(30) + " | e:(.*x){12}z")).getMessage().contains("jh:n"));
        assertThrows(QueryBudget.Exceeded.class, () -> TextHighlightOptions.check("s:**"));
        assertThrows(QueryBudget.Exceeded.class, () -> TextHighlightOptions.check("e:[/b] | jh:y"));
        assertDoesNotThrow(() -> TextHighlightOptions.check("s:<span class='hit'> | e:</span> | f: … "));
        assertDoesNotThrow(() -> TextHighlightOptions.check("s:[b] | e:[/b] | jh:n"));
        assertDoesNotThrow(() -> TextHighlightOptions.check(""));
    }

    @Test
    void the_option_is_found_among_the_arguments_as_jena_text_finds_it() {
        PropFuncArg arguments = new PropFuncArg(List.of(NodeFactory.createLiteralString("Russia"), NodeFactory.createLiteralString("highlight:m:1000")));
        assertThrows(QueryBudget.Exceeded.class, () -> TextHighlightOptions.check(arguments));
        assertDoesNotThrow(() -> TextHighlightOptions.check(new PropFuncArg(NodeFactory.createLiteralString("highlight:m:1000"))));
    }
}
