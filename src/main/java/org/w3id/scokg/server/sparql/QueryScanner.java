package org.w3id.scokg.server.sparql;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's text read as SPARQL's lexer reads its strings, IRIs and comments, so that what is
 * counted or searched outside them ({@link QueryText}'s limits, {@link QueryErrorPlace}'s places)
 * never finds a bracket, an operator or a word inside a string.
 */
final class QueryScanner {
    /** One character outside strings, IRIs and comments, and where it stands in the text. */
    interface CharVisitor {
        void visit(char c, int index);
    }

    private QueryScanner() {}

    /** Visits every character of the query outside strings, IRIs and comments. */
    static void scan(String query, CharVisitor visitor) {
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            int end = skipEnd(query, i);
            if (end > i) {
                i = end;
            } else {
                visitor.visit(c, i);
                i++;
            }
        }
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
            int end = skipEnd(query, i);
            if (end > i && c == '<') starts.add(i);
            i = end > i ? end : i + 1;
        }
        return starts;
    }

    /**
     * Just past the comment, string or IRI that starts at {@code i}; {@code i} or less where none
     * does (the character there is code).
     */
    static int skipEnd(String query, int i) {
        char c = query.charAt(i);
        return c == '#' ? lineEnd(query, i) : c == '"' || c == '\'' ? stringEnd(query, i) : c == '<' ? iriEnd(query, i) : -1;
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
