package org.w3id.scokg.server.sparql;

/** What can be told of a query from its text alone, before the parser reads it. */
final class QueryText {
    private QueryText() {}

    /** The deepest nesting of brackets, outside strings, IRIs and comments. */
    static int nesting(String query) {
        int depth = 0;
        int max = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (comment) {
                comment = c != '\n' && c != '\r';
            } else if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1)) && query.charAt(i + 1) != '=') {
                int close = query.indexOf('>', i);
                if (close > i && query.substring(i, close).chars().noneMatch(Character::isWhitespace)) i = close;
            } else if (c == '#') {
                comment = true;
            } else if (c == '{' || c == '(' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return max;
    }
}
