package org.w3id.scokg.query.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** The generator is a function of its seed and makes valid SPARQL 1.1 free of chance and clocks. */
class QueryGeneratorTest {
    private static final DatasetGraph DATA = FuzzDatasets.adversarialAndSynthetic();

    private static List<String> queries(long seed, int count) {
        QueryGenerator generator = new QueryGenerator(DATA, seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) texts.add(generator.next().toString());
        return texts;
    }

    @Test
    void one_seed_gives_the_same_queries_byte_for_byte() {
        assertEquals(queries(42, 200), queries(42, 200));
        assertNotEquals(queries(42, 20), queries(43, 20));
    }

    @Test
    void every_query_parses_again_as_sparql_1_1_and_reads_no_clock_or_chance() {
        for (String text : queries(7, 300)) {
            QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            for (String function : List.of("NOW(", "RAND(", "UUID(", "STRUUID(", "BNODE(", "SERVICE")) {
                assertTrue(!text.toUpperCase(java.util.Locale.ROOT).contains(function), function + " in\n" + text);
            }
        }
    }
}
