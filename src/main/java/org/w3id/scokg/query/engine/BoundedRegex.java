package org.w3id.scokg.query.engine;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * REGEX as Jena evaluates it (Java's engine, the pattern and flags compiled by Jena's own {@link
 * RegexEngine#makePattern}, a match anywhere in the string), read through {@link DeadlineChars}: a
 * pattern that backtracks without bound stops at the query's timeout instead of running on.
 */
final class BoundedRegex extends E_Regex {
    private final Pattern constant;

    BoundedRegex(Expr string, Expr pattern, Expr flags) {
        super(string, pattern, flags);
        constant = pattern.isConstant() && (flags == null || flags.isConstant()) ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(new DeadlineChars(text, QueryBudget.cancelSignal(env))).find());
    }

    /** Jena's checks and its compilation: only the flags s, m, i, x and q, each meaning what it means there. */
    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) throw new ExprEvalException("REGEX: Pattern is not a string: " + pattern);
        if (flags != null && !flags.isString()) throw new ExprEvalException("REGEX: Pattern flags are not a string: " + flags);
        String flagText = flags == null ? null : flags.getString();
        if (flagText != null && !flagText.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException("REGEX: Only 'smixq' are legal as pattern flags: got \"" + flagText + "\"");
        }
        return RegexEngine.makePattern("Regex", pattern.getString(), flagText);
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }
}
