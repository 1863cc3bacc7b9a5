package org.w3id.scokg.server.sparql;

import java.util.Optional;
import org.w3id.scokg.query.functions.QueryBudget;

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
        ChainCount chains = new ChainCount(query);
        Periods periodCount = new Periods(query);
        QueryScanner.scan(query, (c, i) -> {
            nesting.visit(c, i);
            chains.visit(c, i);
            periodCount.visit(c, i);
        });
        int depth = nesting.deepest;
        if (depth > MAX_NESTING) {
            return Optional.of("The query nests groups or expressions " + depth + " deep; this endpoint allows " + MAX_NESTING + ".");
        }
        int chain = chains.count();
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
     * starts (120,000 digits took 0.6 to 2.4 s and were answered), and a literal's text, which Jena
     * reads as a number as it parses when it is typed as one ({@code "9…9"^^xsd:integer}, up to
     * 2.3 s; strings are counted too, as a number read from a string at run time is held to as many
     * digits already).
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
        QueryScanner.scan(query, periods);
        return periods.count;
    }

    private static final class Periods implements QueryScanner.CharVisitor {
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
        QueryScanner.scan(query, nesting);
        return nesting.deepest;
    }

    /** Where the first bracket stands that nests deeper than {@value #MAX_NESTING}, or -1: the place of the nesting's refusal. */
    static int nestingPast(String query) {
        Nesting nesting = new Nesting();
        QueryScanner.scan(query, nesting);
        return nesting.past;
    }

    /**
     * Brackets, and the double angle brackets of a reified triple ({@code << s p o >>}, RDF 1.2),
     * which the parser reads recursively too: uncounted, 3,000 nested in a triple pattern ran the
     * parser out of stack (a 400 saying only "StackOverflowError"). Two angle brackets count when
     * the scan visits them side by side, so a comparison ({@code ?o < <urn:x>}, {@code <urn:x>>
     * ?o}) is no nesting; the parser reads {@code ?o<<urn:x>} as a reified triple's {@code <<} too.
     */
    private static final class Nesting implements QueryScanner.CharVisitor {
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

    /** How many operators that chain the query holds, outside strings, IRIs and comments ({@link ChainCount}). */
    static int chainOperators(String query) {
        ChainCount chain = new ChainCount(query);
        QueryScanner.scan(query, chain);
        return chain.count();
    }

    /**
     * The most items directly inside one pair of round brackets, separated by spaces or commas:
     * the members of an RDF collection {@code (1 2 3)}, a function's arguments, an IN list. Jena's
     * parser reads a collection in time that grows with the square of its members (10,000 took 4 s,
     * 30,000 took 71 s before the query was refused for its triple patterns), and fn:concat of
     * 3,000 arguments was one of the calls that ended the JVM.
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
            int end = QueryScanner.skipEnd(query, i);
            if (end > i && c == '#') {
                inItem = false;
                i = end;
                continue;
            }
            boolean separator = Character.isWhitespace(c) || c == ',' || c == ')' || c == ']' || c == '{' || c == '}';
            // A string, an IRI, a variable or a bracket begins an item even where nothing separates it
            // from the one before ("a""b", <a><b>, ?a?b, ()() are two items each, not one).
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
}
