package org.w3id.scokg.query.engine;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.w3id.scokg.query.functions.QueryBudget;

/**
 * What one search of {@code text:query} may ask of Lucene before it is read: at most {@value
 * #MAX_DEPTH} levels of round brackets, and at most {@value #MAX_PATTERN_CHARACTERS} characters in
 * its fuzzy ({@code word~}), wildcard, prefix and {@code /regular expression/} terms together. Lucene
 * builds an automaton for each such term inside one call that no deadline reaches, in time that grows
 * with the term: unbounded, one fuzzy word of 30,000 letters answered 503 after 46 s under a 10 s
 * timeout, a thousand short fuzzy words or regular expressions ran 8 to 20 s
 * past a 2 s one, and 20,000 nested brackets ran Lucene's parser out of stack (a 500 and a stack
 * trace in the log). Lucene's own lexer reads the search, token by token without recursion; a search
 * it cannot read is left for jena-text's parser to refuse with its own words ({@code TextSearchFault}).
 */
final class TextSearchSize {
    static final int MAX_DEPTH = 100;
    static final int MAX_PATTERN_CHARACTERS = 1_000;

    private TextSearchSize() {}

    /**
     * Checks each literal among {@code argObject}, jena-text's arguments ({@code "search"} or {@code
     * (property "search" limit "lang:en" "highlight:...")}), a variable read from {@code binding}.
     * jena-text takes the first literal for the search whatever it begins with, so the options are
     * read as searches too (a limit's digits are one word, an option a few): passing over what begins
     * with {@code lang:} would pass over a search that does.
     */
    static void check(PropFuncArg argObject, Binding binding) {
        for (Node arg : argObject.isList() ? argObject.getArgList() : List.of(argObject.getArg())) {
            Node value = Var.isVar(arg) ? binding.get(Var.alloc(arg)) : arg;
            if (value == null || !value.isLiteral()) continue;
            check(value.getLiteralLexicalForm());
        }
    }

    /** Throws {@link QueryBudget.Exceeded}, naming the limit, when {@code search} asks more than the limits above. */
    static void check(String search) {
        QueryParserTokenManager lexer = new QueryParserTokenManager(new FastCharStream(new StringReader(search)));
        int depth = 0;
        long patterns = 0;
        // The last word a ~ can make fuzzy (with a boost between: word^2~1); null after a phrase, whose ~ is its slop.
        Token word = null;
        try {
            for (Token token = lexer.getNextToken(); token.kind != QueryParserConstants.EOF; token = lexer.getNextToken()) {
                switch (token.kind) {
                    case QueryParserConstants.LPAREN -> {
                        if (++depth > MAX_DEPTH) {
                            throw new QueryBudget.Exceeded("The search of text:query nests round brackets more than " + MAX_DEPTH + " deep; this endpoint allows " + MAX_DEPTH + ".");
                        }
                    }
                    // A ) before its ( is a parse error where it stands: it lends no depth to the brackets after it.
                    case QueryParserConstants.RPAREN -> depth = Math.max(0, depth - 1);
                    case QueryParserConstants.PREFIXTERM, QueryParserConstants.WILDTERM, QueryParserConstants.REGEXPTERM -> patterns += token.image.length();
                    case QueryParserConstants.FUZZY_SLOP -> patterns += word == null ? 0 : word.image.length();
                    default -> {}
                }
                if (patterns > MAX_PATTERN_CHARACTERS) {
                    throw new QueryBudget.Exceeded("The search of text:query has more than " + MAX_PATTERN_CHARACTERS
                            + " characters in fuzzy (word~), wildcard, prefix and /regular expression/ terms, which this endpoint allows in all; search for fewer or shorter ones.");
                }
                // A boost (^ and its number, which only follows ^) stands between a word and its ~.
                if (token.kind == QueryParserConstants.TERM) word = token;
                else if (token.kind != QueryParserConstants.CARAT && token.kind != QueryParserConstants.NUMBER) word = null;
            }
        } catch (TokenMgrError unreadable) {
            // Left for jena-text's parser, which refuses it in a sentence of its own: what was read so far is within the limits.
        }
    }
}
