package org.w3id.scokg.query.functions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * REPLACE evaluated by Jena, after a first pass of the same pattern over the same string through
 * {@link DeadlineChars}: the pass stops at the query's timeout a pattern that backtracks without
 * bound (Jena's replace reads a plain string), and counts the matches, so that a replacement that
 * would build a string past {@link QueryBudget#MAX_STRING} ({@code REPLACE(?s, "", ?s)} squares
 * it) is refused before it is built. A pass that ends in time means Jena's ends in as much time.
 */
final class BoundedReplace extends E_StrReplace {
    BoundedReplace(Expr string, Expr pattern, Expr replacement, Expr flags) {
        super(string, pattern, replacement, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0)).getLiteralLexicalForm();
        String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : null;
        Pattern pattern = RegexEngine.makePattern("replace", NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm(), flags);
        Matcher matcher = pattern.matcher(new DeadlineChars(text, QueryBudget.cancelSignal(env)));
        long matches = 0;
        int longest = 0;
        while (matcher.find()) {
            matches++;
            longest = Math.max(longest, matcher.end() - matcher.start());
        }
        // Each match becomes the replacement, each group reference in it at most as long as the match.
        long references = replacement.chars().filter(c -> c == '$').count();
        QueryBudget.willBuild(env, text.length() + matches * (replacement.length() + references * longest));
        try {
            return super.eval(args, env);
        } catch (IllegalArgumentException | IndexOutOfBoundsException badReplacement) {
            // A replacement Java's matcher cannot read ("\\" alone, "$9" past the groups): XPath's
            // error FORX0004, an error of this solution as any other (its variable unbound), not a
            // failure of the whole query with a 500 and a stack trace.
            throw new ExprEvalException("REPLACE: the replacement cannot be used: " + badReplacement.getMessage());
        }
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }
}
