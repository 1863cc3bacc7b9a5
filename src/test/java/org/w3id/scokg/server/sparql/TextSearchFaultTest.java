package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.text.TextIndexParseException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A search Lucene cannot parse is named by the place Lucene stopped, without its text: Lucene's
 * words for a lexical or a syntax error quote the search around that place, and until 2 December
 * 2026 the 400 repeated them (markup, a forged log line, anything a client sent).
 */
class TextSearchFaultTest {
    /** The exception jena-text throws for {@code search}, made as jena-text makes it (TextIndexLucene). */
    private static TextIndexParseException refused(String search) {
        try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
            // jena-text hands Lucene the search with a space after it.
            new QueryParser("label", analyzer).parse(search + " ");
        } catch (ParseException e) {
            return new TextIndexParseException(search, e.getMessage());
        }
        throw new AssertionError("Lucene parsed " + search);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"<b>abc|at line 1, column 9 Lucene reads a character it does not take there",
        "a \"x<script>y|at line 1, column 15 Lucene reads a character it does not take there",
        "<script> AND (evil|Lucene's syntax does not allow what stands at line 1, column 20",
        "x<script>) AND at line 7, column 7|Lucene's syntax does not allow what stands at line 1, column 10",
        // The search holds "': ", where Lucene's message ends the search: the reason was taken after
        // the last one, inside the quoted search, and the 400 repeated the rest (a review on 2 December 2026).
        "\"': <b>x|at line 1, column 10 Lucene reads a character it does not take there",
        "{a \"b': <script>\" }|Lucene's syntax does not allow what stands at line 1, column 4"})
    void a_search_lucene_cannot_parse_is_named_by_its_place_without_its_text(String search, String place) {
        String sentence = TextSearchFault.sentence(refused(search)).orElseThrow();
        assertTrue(sentence.startsWith("The search of text:query cannot be parsed: ") && sentence.contains(place), sentence);
        assertFalse(sentence.contains("script") || sentence.contains("<b>") || sentence.contains("abc") || sentence.contains("evil"), sentence);
        assertEquals(1, sentence.lines().count(), sentence);
    }

    /**
     * Lines and columns count from 1, the column within its line, as the SPARQL parser's do, for
     * both kinds of error: Lucene counts a syntax error's column from 0 ({@code )x} was "column 0"
     * until 2 December 2026), a lexical error's from 1, and every place as its line 1.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {")x|at line 1, column 1",
        "a AND )x|at line 1, column 7",
        "a\\nb\\r\\n )x|at line 3, column 2",
        "\"x|at line 1, column 4",
        "ab\\n\"x|at line 2, column 4",
        "a\\n/b|at line 2, column 4"})
    void a_place_counts_lines_and_columns_from_1_for_syntax_and_lexical_errors(String written, String place) {
        String search = written.replace("\\n", "\n").replace("\\r", "\r");
        String sentence = TextSearchFault.sentence(refused(search)).orElseThrow();
        assertTrue(sentence.contains(place + " "), sentence);
    }
}
