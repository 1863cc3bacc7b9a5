package org.w3id.scokg.query.functions;

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
 * pattern that backtracks without bound stops at the query's timeout instead of running on. A match
 * that runs Java's engine out of stack (it recurses once a repetition of a group, {@code (a|b)*} over
 * 100,000 letters) is an error of its solution, as REPLACE's is ({@link CheckedValue}), not a 500
 * with an empty body and a stack trace in the log.
 */
final class BoundedRegex extends E_Regex {
    private final Pattern constant;
    /** XPath's fn:matches, which reads its pattern and flags as Jena's FN_Matches does: any string, a language's too. */
    private final boolean xpath;

    BoundedRegex(Expr string, Expr pattern, Expr flags) {
        this(string, pattern, flags, false);
    }

    private BoundedRegex(Expr string, Expr pattern, Expr flags, boolean xpath) {
        super(string, pattern, flags);
        this.xpath = xpath;
        constant = pattern.isConstant() && (flags == null || flags.isConstant()) ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant(), xpath) : null;
    }

    /**
     * fn:matches, bounded as REGEX is. Constant flags that are not a plain string ("i"@en, which
     * fn:matches reads and REGEX refuses as it is made) are read for each solution instead.
     */
    static BoundedRegex xpath(Expr string, Expr pattern, Expr flags) {
        boolean tagged = flags != null && flags.isConstant() && !flags.getConstant().isString();
        return new BoundedRegex(string, pattern, tagged ? new LiteralArgument(flags) : flags, true);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null, xpath);
        try {
            return NodeValue.booleanReturn(pattern.matcher(new DeadlineChars(text, QueryBudget.cancelSignal(env))).find());
        } catch (StackOverflowError tooDeep) {
            throw new ExprEvalException("REGEX: the pattern recursed too deep on a string of " + text.length() + " characters");
        }
    }

    /**
     * Jena's checks and its compilation: only the flags s, m, i, x and q, each meaning what it means
     * there. REGEX takes a pattern and flags that are plain strings; fn:matches, as Jena's FN_Matches
     * reads them, any string ({@link NodeValue#getString}, a language-tagged one too).
     */
    private static Pattern compile(NodeValue pattern, NodeValue flags, boolean xpath) {
        if (!xpath && !pattern.isString()) throw new ExprEvalException("REGEX: Pattern is not a string: " + pattern);
        if (!xpath && flags != null && !flags.isString()) throw new ExprEvalException("REGEX: Pattern flags are not a string: " + flags);
        String patternText = pattern.getString();
        String flagText = flags == null ? null : flags.getString();
        if (flagText != null && !flagText.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException("REGEX: Only 'smixq' are legal as pattern flags: got \"" + flagText + "\"");
        }
        return RegexEngine.makePattern("Regex", patternText, flagText);
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, xpath);
    }
}
