package org.w3id.scokg.query.engine;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.w3id.scokg.query.functions.QueryBudget;

/**
 * What {@code text:query}'s highlighting ({@code "highlight:m:5 | s:<b> | e:</b>"}) may ask of
 * jena-text and Lucene: at most {@value #MAX_FRAGMENTS} fragments a match, and marks that are not
 * regular expressions. Lucene's highlighter makes an array of as many places as the fragments asked
 * for, for each match, so unbounded, {@code m:400000000} ended the server with an {@code
 * OutOfMemoryError} from one query of 130 bytes. jena-text joins two marked words next to
 * each other with a pattern it makes of the end mark and the start mark as they are, unquoted
 * ({@code String.replaceAll}, which no deadline reaches), so {@code e:(.*x){12}z} with a start mark of
 * 30 letters {@code x} held a core for 164 s past a 2 s timeout. A mark holding a character a regular
 * expression reads ({@value #PATTERN_CHARACTERS}) is refused while jena-text joins ({@code jh:n} turns
 * the joining off, and such a mark is then read as it is). Options are read as jena-text reads them:
 * split at {@code |}, trimmed, a count that is no integer left at jena-text's default.
 */
final class TextHighlightOptions {
    static final int MAX_FRAGMENTS = 100;
    private static final String OPTION = "highlight:";
    private static final String PATTERN_CHARACTERS = "\\^$.?*+()[]{}";

    private TextHighlightOptions() {}

    /** Throws {@link QueryBudget.Exceeded}, naming the limit, when the highlighting among {@code arguments} (bound) asks more. */
    static void check(PropFuncArg arguments) {
        if (!arguments.isList()) return;
        for (Node arg : arguments.getArgList()) {
            if (arg.isLiteral() && arg.getLiteralLexicalForm().startsWith(OPTION)) {
                check(arg.getLiteralLexicalForm().substring(OPTION.length()));
                return;
            }
        }
    }

    static void check(String options) {
        String start = "", end = "";
        boolean joined = true;
        for (String option : options.trim().split("\\|")) {
            String o = option.trim();
            if (o.startsWith("m:")) fragments(o.substring(2));
            else if (o.startsWith("s:")) start = o.substring(2);
            else if (o.startsWith("e:")) end = o.substring(2);
            else if (o.startsWith("jh:")) joined = !o.substring(3).equals("n");
        }
        if (joined && (isPattern(start) || isPattern(end))) {
            throw new QueryBudget.Exceeded("The marks of text:query's highlighting (s: and e:) may not hold any of " + PATTERN_CHARACTERS
                    + ", which jena-text reads as a regular expression when it joins marked words; use other marks, or turn the joining off with jh:n.");
        }
    }

    private static void fragments(String count) {
        int asked;
        try {
            asked = Integer.parseInt(count);
        } catch (NumberFormatException notACount) {
            return; // jena-text keeps its default, 3.
        }
        if (asked < 0 || asked > MAX_FRAGMENTS) {
            throw new QueryBudget.Exceeded("The highlighting of text:query asks for " + asked + " fragments a match (m:); this endpoint allows 0 to " + MAX_FRAGMENTS + ".");
        }
    }

    private static boolean isPattern(String mark) {
        return mark.chars().anyMatch(c -> PATTERN_CHARACTERS.indexOf(c) >= 0);
    }
}
