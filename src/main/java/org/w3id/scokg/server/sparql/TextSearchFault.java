package org.w3id.scokg.server.sparql;

import java.util.Optional;
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
     * and which would push what is wrong out of the sentence's length.
     */
    private static String unparsed(String message) {
        // Up to the last "': ": what Lucene says is wrong never holds one, the search may.
        String reason = message.replaceFirst("(?s)^.*?Cannot parse '.*': ", "").replaceFirst("(?s)^Text search parse error:\\s*", "").strip();
        if (reason.equals("too many boolean clauses")) return tooManyClauses();
        return "The search of text:query cannot be parsed: " + reason;
    }

    private static String tooManyClauses() {
        return "The search of text:query is too complex: it makes more than " + IndexSearcher.getMaxClauseCount()
                + " clauses, the most Lucene searches at once; search for fewer words or patterns.";
    }
}
