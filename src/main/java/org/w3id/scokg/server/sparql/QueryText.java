package org.w3id.scokg.server.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.scokg.query.engine.QueryBudget;

/**
 * What can be told of a query from its text alone, before the parser reads it, and the limits a
 * public query's text must keep so that the parser and the optimiser finish quickly and within a
 * worker's stack. Measured on this machine (2 cores, Jena 5.6, a 1 MiB thread stack):
 *
 * <ul>
 *   <li>Length: Jena's parser grows its token buffer quadratically, so a 1 MiB comment, string or
 *       IRI took 1.5 to 3.5 s to parse (16 s while the lexer was not yet compiled); at {@value
 *       #MAX_CHARS} characters the worst shape takes 16 to 50 ms.
 *   <li>Nesting: deeper than {@value #MAX_NESTING} brackets the parser can run out of stack.
 *   <li>Chains: a left-deep run of operators (path {@code /} and {@code |}, UNION, OPTIONAL, MINUS,
 *       FILTER, BIND, {@code ||}, {@code &&}) becomes an algebra as deep as it is long, which ARQ's
 *       compiler, optimiser and evaluator walk recursively: 2,000 MINUS or 5,000 path steps ran
 *       out of stack (a 500 and 90 KB of log each), and 1,000 BINDs took 2.7 s to plan. At most
 *       {@value #MAX_CHAIN} such operators in a query.
 *   <li>Triple patterns: the parser reads a run of triple patterns separated by {@code .}
 *       recursively, and 4,500 of them ran it out of stack; at most {@value #MAX_PERIODS} periods
 *       that end a triple pattern (a query's triple patterns are limited to as many once it is
 *       parsed: {@code PatternSize}).
 * </ul>
 */
final class QueryText {
    /** The longest query text parsed, in characters. */
    static final int MAX_CHARS = 128 * 1024;
    /** Deeper nesting than this is refused before parsing, which would otherwise run out of stack. */
    static final int MAX_NESTING = 100;
    /** The most chaining operators in one query. */
    static final int MAX_CHAIN = 500;
    /** The most periods ending a triple pattern in one query. */
    static final int MAX_PERIODS = 1_000;
    private static final Set<String> CHAIN_KEYWORDS = Set.of("UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "AS", "GRAPH", "VALUES", "LATERAL");
    /** The words that end a HAVING clause's conditions. */
    private static final Set<String> AFTER_HAVING = Set.of("ORDER", "LIMIT", "OFFSET", "VALUES");
    /** The most items directly inside one pair of round brackets. */
    static final int MAX_LIST = 2_000;

    private QueryText() {}

    /** The first limit {@code query} passes, as the sentence to answer with; empty when it keeps them all. */
    static Optional<String> refusal(String query) {
        if (query.length() > MAX_CHARS) {
            return Optional.of("The query is " + query.length() + " characters long; this endpoint parses at most " + MAX_CHARS + ".");
        }
        // The three limits read outside strings, IRIs and comments are counted in one pass over the text:
        // every query of the endpoint comes here, and five passes took 11 µs of a unique ASK's CPU.
        Nesting nesting = new Nesting();
        Chain chains = new Chain(query);
        Periods periodCount = new Periods(query);
        scan(query, (c, i) -> {
            nesting.visit(c, i);
            chains.visit(c, i);
            periodCount.visit(c, i);
        });
        int depth = nesting.deepest;
        if (depth > MAX_NESTING) {
            return Optional.of("The query nests groups or expressions " + depth + " deep; this endpoint allows " + MAX_NESTING + ".");
        }
        int chain = chains.count;
        if (chain > MAX_CHAIN) {
            return Optional.of("The query chains " + chain + " operators (path / and |, UNION, OPTIONAL, MINUS, FILTER, BIND, AS, || and &&, + - * and !, "
                    + "GRAPH, VALUES, LATERAL, groups side by side and HAVING conditions); "
                    + "this endpoint allows " + MAX_CHAIN + ".");
        }
        int list = longestList(query);
        if (list > MAX_LIST) {
            return Optional.of("The query lists " + list + " items inside one pair of brackets (a collection, a function's arguments or an IN list); "
                    + "this endpoint allows " + MAX_LIST + ".");
        }
        int periods = periodCount.count;
        if (periods > MAX_PERIODS) {
            return Optional.of("The query separates " + periods + " triple patterns with a period; this endpoint allows " + MAX_PERIODS + ".");
        }
        int digits = longestNumber(query);
        if (digits > QueryBudget.MAX_DIGITS) {
            return Optional.of("The query writes " + digits + " digits in a row (in a number, a literal, an IRI or a comment); this endpoint reads at most "
                    + QueryBudget.MAX_DIGITS + " as one number.");
        }
        return Optional.empty();
    }

    /**
     * The most digits in a row anywhere in the text: a number written in the query, which Jena reads
     * as it parses, in time that grows with the square of its digits, before the query's deadline
     * starts (120,000 digits took 0.6 to 2.4 s and were answered; a review on 3 December 2026), and
     * a literal's text, which Jena reads as a number as it parses when it is typed as one ({@code
     * "9…9"^^xsd:integer}, up to 2.3 s, found by a later review that day; strings are counted too,
     * as a number read from a string at run time is held to as many digits already).
     */
    static int longestNumber(String query) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * How many periods end a triple pattern, outside strings, IRIs and comments: those not followed
     * by a letter or digit (which would make them part of a number or a prefixed name).
     */
    static int periods(String query) {
        Periods periods = new Periods(query);
        scan(query, periods);
        return periods.count;
    }

    private static final class Periods implements CharVisitor {
        private final String query;
        private int count;

        Periods(String query) {
            this.query = query;
        }

        @Override
        public void visit(char c, int i) {
            if (c == '.' && !(i + 1 < query.length() && Character.isLetterOrDigit(query.charAt(i + 1)))) count++;
        }
    }

    /** The deepest nesting of brackets, outside strings, IRIs and comments. */
    static int nesting(String query) {
        Nesting nesting = new Nesting();
        scan(query, nesting);
        return nesting.deepest;
    }

    /** Where the first bracket stands that nests deeper than {@value #MAX_NESTING}, or -1: the place of the nesting's refusal. */
    static int nestingPast(String query) {
        Nesting nesting = new Nesting();
        scan(query, nesting);
        return nesting.past;
    }

    /**
     * Brackets, and the double angle brackets of a reified triple ({@code << s p o >>}, RDF 1.2),
     * which the parser reads recursively too: until a review on 5 December 2026 they were not
     * counted, and 3,000 nested in a triple pattern ran the parser out of stack (a 400 saying only
     * "StackOverflowError"). Two angle brackets count when the scan visits them side by side, so a
     * comparison ({@code ?o < <urn:x>}, {@code <urn:x>> ?o}) is no nesting; the parser reads {@code
     * ?o<<urn:x>} as a reified triple's {@code <<} too.
     */
    private static final class Nesting implements CharVisitor {
        private int depth;
        private int deepest;
        /** Where the first bracket stands that nests deeper than {@value #MAX_NESTING}; -1 when none does. */
        private int past = -1;
        /** Where the last single angle bracket the scan visited stands, not yet paired; -1 when none. */
        private int angle = -1;
        private char angleChar;

        @Override
        public void visit(char c, int i) {
            if (c == '{' || c == '(' || c == '[') deepest = Math.max(deepest, ++depth);
            else if (c == '}' || c == ')' || c == ']') depth--;
            boolean pair = (c == '<' || c == '>') && angle == i - 1 && angleChar == c;
            if (pair && c == '<') deepest = Math.max(deepest, ++depth);
            else if (pair) depth--;
            if (past < 0 && depth > MAX_NESTING) past = pair ? i - 1 : i;
            angle = (c == '<' || c == '>') && !pair ? i : -1;
            angleChar = c;
        }
    }

    /**
     * How many operators that chain the query holds, outside strings, IRIs and comments: path
     * {@code /} and {@code |}, {@code ||}, {@code &&}, the arithmetic {@code + - *}, {@code !}, the
     * keywords UNION, OPTIONAL, MINUS, FILTER and BIND, and AS (each {@code (expression AS ?x)} is
     * one more step of the projection). A minus within a prefixed name ({@code ex:a-b}) is no
     * operator. Until a review on 3 December 2026 arithmetic was not counted, and {@code 1+1+...}
     * 20,000 times ran ARQ's walkers out of stack: a 500 and 88 KB of log. Each element of a group
     * is one more join too, and until a review on 5 December 2026 those written without any of these
     * operators were not counted: 10,000 groups side by side ({@code {} {} ...}), 2,000 GRAPH or
     * VALUES blocks, 3,000 LATERALs and 5,000 HAVING conditions each ran ARQ out of stack, a 500. So
     * a brace that opens a group right after another's closing brace counts, and so do GRAPH, VALUES
     * and LATERAL and each condition of a HAVING (each bracket or call at the HAVING's own depth).
     */
    static int chainOperators(String query) {
        Chain chain = new Chain(query);
        scan(query, chain);
        return chain.count;
    }

    /** {@link #chainOperators}' count, one character at a time. */
    private static final class Chain implements CharVisitor {
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

        Chain(String query) {
            this.query = query;
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
            if (c == '/' || (c == '|' && !next(query, i, '|')) || (c == '&' && next(query, i, '&')) || c == '+' || c == '*'
                    || (c == '!' && !next(query, i, '=')) || (c == '-' && !minusInWord)) {
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
    }

    /** Whether {@code c} may stand inside a prefixed name or a variable's name. */
    private static boolean inName(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '?' || c == '$';
    }

    /**
     * The most items directly inside one pair of round brackets, separated by spaces or commas:
     * the members of an RDF collection {@code (1 2 3)}, a function's arguments, an IN list. Jena's
     * parser reads a collection in time that grows with the square of its members (10,000 took 4 s,
     * 30,000 took 71 s before the query was refused for its triple patterns; a review on 3 December
     * 2026), and fn:concat of 3,000 arguments was one of the calls that ended the JVM.
     */
    static int longestList(String query) {
        return lists(query)[0];
    }

    /** Where the round bracket opens whose list is {@link #longestList}, or -1 when two or more lists are as long. */
    static int longestListAt(String query) {
        return lists(query)[1];
    }

    /** The most items in one list, and where the one list that long opens (or -1). */
    private static int[] lists(String query) {
        // The items counted at each bracket open: a round bracket's, or none for a brace's, whose
        // items (a VALUES block, a group's patterns) are not a list the parser reads so.
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        int longest = 0;
        int at = -1;
        boolean inItem = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            int end = c == '#' ? lineEnd(query, i) : c == '"' || c == '\'' ? stringEnd(query, i) : c == '<' ? iriEnd(query, i) : -1;
            if (end > i && c == '#') {
                inItem = false;
                i = end;
                continue;
            }
            boolean separator = Character.isWhitespace(c) || c == ',' || c == ')' || c == ']' || c == '{' || c == '}';
            // A string, an IRI, a variable or a bracket begins an item even where nothing separates it
            // from the one before ("a""b", <a><b>, ?a?b, ()(): a review found each counted once).
            boolean begins = end > i || c == '?' || c == '$' || c == '(' || c == '[' || (!inItem && !separator);
            if (begins && open.peek() != null && open.peek().length > 0) {
                int items = ++open.peek()[0];
                if (items > longest) at = open.peek()[1];
                else if (items == longest) at = -1;
                longest = Math.max(longest, items);
            }
            if (c == '(') open.push(new int[] {0, i});
            else if (c == '{') open.push(new int[0]);
            else if ((c == ')' || c == '}') && !open.isEmpty()) open.pop();
            inItem = end > i || !(separator || c == '(' || c == '[');
            i = end > i ? end : i + 1;
        }
        return new int[] {longest, at};
    }

    private static boolean next(String query, int i, char c) {
        return i + 1 < query.length() && query.charAt(i + 1) == c;
    }

    /**
     * The query with every character inside a string, an IRI or a comment made a space: its words
     * and punctuation where they stand, for a search that must not find a word in a string.
     */
    static String masked(String query) {
        char[] code = " ".repeat(query.length()).toCharArray();
        scan(query, (c, i) -> code[i] = c);
        return new String(code);
    }

    /**
     * Where each IRI written in full ({@code <...>}) begins: {@link #masked} makes an IRI spaces, as it
     * does a string, so an IRI a refusal names is looked for in the original text at these places alone.
     */
    static List<Integer> iriStarts(String query) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            int end = c == '#' ? lineEnd(query, i) : c == '"' || c == '\'' ? stringEnd(query, i) : c == '<' ? iriEnd(query, i) : -1;
            if (end > i && c == '<') starts.add(i);
            i = end > i ? end : i + 1;
        }
        return starts;
    }

    private interface CharVisitor {
        void visit(char c, int index);
    }

    /** Visits every character of the query outside strings, IRIs and comments. */
    private static void scan(String query, CharVisitor visitor) {
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            int end = c == '#' ? lineEnd(query, i) : c == '"' || c == '\'' ? stringEnd(query, i) : c == '<' ? iriEnd(query, i) : -1;
            if (end > i) {
                i = end;
            } else {
                visitor.visit(c, i);
                i++;
            }
        }
    }

    private static int lineEnd(String query, int start) {
        int i = start;
        while (i < query.length() && query.charAt(i) != '\n' && query.charAt(i) != '\r') i++;
        return i;
    }

    /**
     * Just past the string that starts at {@code start}: a long one ({@code '''...'''} or three
     * double quotes) at the same three quotes, a short one at its quote or, unclosed, at the line's
     * end (where SPARQL ends it too); escapes skipped.
     */
    private static int stringEnd(String query, int start) {
        String three = String.valueOf(query.charAt(start)).repeat(3);
        boolean longString = query.startsWith(three, start);
        int i = start + (longString ? 3 : 1);
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (longString ? query.startsWith(three, i) : c == query.charAt(start)) {
                return i + (longString ? 3 : 1);
            } else if (!longString && (c == '\n' || c == '\r')) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /**
     * Just past the IRI that starts at {@code start}, or -1 where this {@code <} is an operator: an
     * IRI holds none of {@code <"{}|^`\} and no character up to a space (SPARQL's IRIREF), as the
     * parser's longest match reads it.
     */
    private static int iriEnd(String query, int start) {
        for (int i = start + 1; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '>') return i + 1;
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) return -1;
        }
        return -1;
    }
}
