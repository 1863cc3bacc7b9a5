package org.w3id.scokg.server.sparql;

import java.util.Locale;
import java.util.Set;

/**
 * How many operators that chain the query holds, outside strings, IRIs and comments, counted one
 * character at a time: path {@code /} and {@code |}, {@code ||}, {@code &&}, the arithmetic {@code
 * + - *}, {@code !}, the keywords UNION, OPTIONAL, MINUS, FILTER and BIND, and AS (each {@code
 * (expression AS ?x)} is one more step of the projection). A minus within a prefixed name ({@code
 * ex:a-b}) is no operator. Uncounted, arithmetic ({@code 1+1+...} 20,000 times) ran ARQ's walkers
 * out of stack: a 500 and 88 KB of log. Each element of a group is one more join too, those written
 * without any of these operators included: uncounted, 10,000 groups side by side ({@code {} {}
 * ...}), 2,000 GRAPH or VALUES blocks, 3,000 LATERALs and 5,000 HAVING conditions each ran ARQ out
 * of stack, a 500. So a brace that opens a group right after another's closing brace counts, and so
 * do GRAPH, VALUES and LATERAL and each condition of a HAVING (each bracket or call at the HAVING's
 * own depth).
 */
final class ChainCount implements QueryScanner.CharVisitor {
    private static final Set<String> CHAIN_KEYWORDS = Set.of("UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "AS", "GRAPH", "VALUES", "LATERAL");
    /** The words that end a HAVING clause's conditions. */
    private static final Set<String> AFTER_HAVING = Set.of("ORDER", "LIMIT", "OFFSET", "VALUES");
    /** The longest word of {@link #CHAIN_KEYWORDS}, {@link #AFTER_HAVING} and HAVING: a longer word is none of them. */
    private static final int LONGEST_KEYWORD = 8;
    private final String query;
    private int count;
    /** The last character visited that is not white space. */
    private char last;
    /** The depth of brackets, and the depth of a HAVING being read (or -1). */
    private int depth;
    private int havingDepth = -1;
    /**
     * The first character of the word being read: a minus in a word begun by a letter, _, : or @
     * (a prefixed name, its prefix, a language tag) is a letter of it, and one after the e of a
     * number's exponent is its sign; any other is an operator.
     */
    private char wordStart;

    ChainCount(String query) {
        this.query = query;
    }

    /** The operators counted in the characters visited so far. */
    int count() {
        return count;
    }

    @Override
    public void visit(char c, int i) {
        // A variable's ? or $ begins a word of its own, whose minus signs are operators.
        boolean wordLetter = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '@' || c == '?' || c == '$';
        if (c == '?' || c == '$') wordStart = 0;
        if (!wordLetter) wordStart = 0;
        else if (wordStart == 0) wordStart = c;
        boolean minusInWord = c == '-' && (Character.isLetter(wordStart) || wordStart == '_' || wordStart == ':' || wordStart == '@'
                || (Character.isDigit(wordStart) && (query.charAt(i - 1) == 'e' || query.charAt(i - 1) == 'E')));
        if (c == '/' || (c == '|' && !next(i, '|')) || (c == '&' && next(i, '&')) || c == '+' || c == '*'
                || (c == '!' && !next(i, '=')) || (c == '-' && !minusInWord)) {
            count++;
        } else if (Character.isLetter(c) && (i == 0 || !inName(query.charAt(i - 1)))) {
            word(i);
        }
        if (c == '{' && last == '}') count++;
        if (c == '(' && depth == havingDepth) count++;
        if (c == '{' || c == '(' || c == '[') depth++;
        if (c == '}' || c == ')' || c == ']') depth--;
        if (depth < havingDepth) havingDepth = -1;
        if (!Character.isWhitespace(c)) last = c;
    }

    /** The word of letters that begins at {@code i}: a keyword that chains, begins or ends a HAVING, or none. */
    private void word(int i) {
        int end = i;
        while (end < query.length() && Character.isLetter(query.charAt(end))) end++;
        boolean keyword = !(end < query.length() && (inName(query.charAt(end)) || query.charAt(end) == ':'));
        // Upper case never makes a word shorter, so a longer one is no keyword and is not copied.
        if (!keyword || end - i > LONGEST_KEYWORD) return;
        String word = query.substring(i, end).toUpperCase(Locale.ROOT);
        if (CHAIN_KEYWORDS.contains(word)) count++;
        if (word.equals("HAVING")) havingDepth = depth;
        else if (AFTER_HAVING.contains(word)) havingDepth = -1;
    }

    private boolean next(int i, char c) {
        return i + 1 < query.length() && query.charAt(i + 1) == c;
    }

    /** Whether {@code c} may stand inside a prefixed name or a variable's name. */
    private static boolean inName(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '?' || c == '$';
    }
}
