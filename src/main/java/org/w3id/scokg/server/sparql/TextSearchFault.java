package org.w3id.scokg.server.sparql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Why a {@code text:query} cannot run, in a sentence a client can act on. jena-text wraps what
 * Lucene throws while it reads a search in a {@link TextIndexException} whose message is the one word
 * "query" (the client was told "The query cannot run: query"), and a search Lucene cannot parse in
 * a {@link TextIndexParseException} that repeats the whole search before saying what is wrong. Lucene's
 * refusals of a search are the client's mistakes: a regular expression whose automaton would pass
 * Lucene's bound or that does not parse, more clauses than a boolean query takes, a syntax error.
 */
final class TextSearchFault {
    private TextSearchFault() {}

    /** The sentence for {@code failure} when it is Lucene refusing the search; empty otherwise. */
    static Optional<String> sentence(RuntimeException failure) {
        if (failure instanceof TextIndexParseException parse) return Optional.of(unparsed(parse.getMessage()));
        if (!(failure instanceof TextIndexException)) return Optional.empty();
        Throwable cause = failure.getCause();
        if (cause instanceof TooComplexToDeterminizeException tooComplex) {
            return Optional.of("The search pattern of text:query is too complex: Lucene compiles a /regular expression/ within "
                    + tooComplex.getDeterminizeWorkLimit() + " steps of work, and this one needs more; write a simpler one (fewer repetitions of alternatives or classes).");
        }
        if (cause instanceof IndexSearcher.TooManyClauses) return Optional.of(tooManyClauses());
        if (cause instanceof IllegalArgumentException unreadable && cause.getMessage() != null) {
            return Optional.of("The search pattern of text:query cannot be read: " + unreadable.getMessage() + ".");
        }
        return Optional.empty();
    }

    /**
     * Lucene's "Cannot parse 'the search': what is wrong" without the search, which the client has
     * and which would push what is wrong out of the sentence's length. A lexical or a syntax error
     * is named by its place alone: Lucene's own words for them quote the search's text around it
     * ({@code after prefix "..."}, {@code Encountered " <TERM> "..." "}), which could be anything
     * a client sent, markup or a forged log line included.
     */
    private static String unparsed(String message) {
        // Up to the last "': ": what Lucene says is wrong never holds one, the search may.
        String reason = message.replaceFirst("(?s)^.*?Cannot parse '.*': ", "").replaceFirst("(?s)^Text search parse error:\\s*", "").strip();
        if (reason.equals("too many boolean clauses")) return tooManyClauses();
        // A lexical or a syntax error is found by Lucene's words after the search, not by the reason cut
        // above: a search holding "': " (`"': <b>x`) puts that cut inside the text Lucene quotes,
        // and the 400 would repeat the rest of it. A search cannot hold Lucene's words after "': "
        // unescaped but by writing them itself, which misleads only its own sentence's numbers.
        Matcher lexical = LEXICAL.matcher(message);
        if (lexical.find()) {
            // "Lexical error at line 1, column 9.  Encountered: ... after prefix "<the search's text>" ...": Lucene
            // counts this column from 1 (the character it stopped at, or the end after the last).
            return "The search of text:query cannot be parsed: at " + place(read(message, lexical.start()), Integer.parseInt(lexical.group(2)) - 1)
                    + " Lucene reads a character it does not take there, or the end of the search inside a quoted phrase or a /regular expression/ or after a \\.";
        }
        int encountered = message.indexOf(SYNTAX);
        int expected = message.lastIndexOf("Was expecting");
        if (encountered >= 0 && expected > encountered) {
            // "Encountered " <TERM> "<the search's text> "" at line 1, column 5.\nWas expecting one of: ...": the
            // place is the last before Lucene's list of what it expected, which quotes nothing of the search.
            Matcher place = PLACE.matcher(message.substring(encountered, expected));
            String column = null;
            while (place.find()) column = place.group(2);
            if (column != null) {
                // Lucene counts this column from 0 (the token's first character: ")x" would be "column
                // 0"), where the lexical errors' columns and the SPARQL parser's count from 1.
                return "The search of text:query cannot be parsed: Lucene's syntax does not allow what stands at " + place(read(message, encountered), Integer.parseInt(column))
                        + " (a parenthesis or bracket left open or closed once too often, an operator without its term, or a character that needs a \\ before it).";
            }
        }
        return "The search of text:query cannot be parsed: " + reason;
    }

    /**
     * The text Lucene read, as its message quotes it: from {@code Cannot parse '} to {@code end},
     * where Lucene's words after it begin; null when the message does not quote it.
     */
    private static String read(String message, int end) {
        int start = message.indexOf(QUOTED);
        return start < 0 || start + QUOTED.length() > end ? null : message.substring(start + QUOTED.length(), end);
    }

    /**
     * "line L, column C" of the character at {@code offset} (from 0) of {@code text}, both counted
     * from 1 and the column within its line, as the SPARQL parser gives a place. Lucene's reader
     * counts no lines (every place is its "line 1", the column counted from the search's start).
     */
    static String place(String text, int offset) {
        if (offset < 0) offset = 0;
        int line = 1;
        int lineStart = 0;
        if (text != null && offset <= text.length()) {
            for (int i = 0; i < offset; i++) {
                char c = text.charAt(i);
                // A line ends at \n, \r or \r\n, as the SPARQL parser reads them.
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    line++;
                    lineStart = i + 1;
                }
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    /** How Lucene's message quotes the text it read. */
    private static final String QUOTED = "Cannot parse '";

    /** How Lucene's message of a lexical error begins, after the search, with its place. */
    private static final Pattern LEXICAL = Pattern.compile("': Lexical error at line (\\d+), column (\\d+)\\.");
    /** How Lucene's message of a syntax error begins, after the search. */
    private static final String SYNTAX = "': Encountered ";

    /** Where Lucene's parser stopped: its line and column, as Lucene counts them (its line is always 1). */
    private static final Pattern PLACE = Pattern.compile("at line (\\d+), column (\\d+)");

    private static String tooManyClauses() {
        return "The search of text:query is too complex: it makes more than " + IndexSearcher.getMaxClauseCount()
                + " clauses, the most Lucene searches at once; search for fewer words or patterns.";
    }
}
