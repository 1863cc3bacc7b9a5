package org.w3id.scokg.query.functions;

import java.util.List;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Add;
import org.apache.jena.sparql.expr.E_DateTimeHours;
import org.apache.jena.sparql.expr.E_DateTimeMinutes;
import org.apache.jena.sparql.expr.E_DateTimeSeconds;
import org.apache.jena.sparql.expr.E_DateTimeTZ;
import org.apache.jena.sparql.expr.E_DateTimeTimezone;
import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrAfter;
import org.apache.jena.sparql.expr.E_StrBefore;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLang;
import org.apache.jena.sparql.expr.E_StrLangDir;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.E_Subtract;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * ARQ's optimiser, followed by one rewrite of the optimised algebra that bounds what a query can
 * build: REGEX and REPLACE read their string through the query's deadline ({@link BoundedRegex},
 * {@link BoundedReplace}); CONCAT, GROUP_CONCAT and {@code math:pow} are refused before they build
 * past the {@link QueryBudget}, and the value of every expression that can grow a string or an
 * integer is counted against it ({@link CheckedValue}); and the time functions that Jena lets fail
 * a whole query on an IRI read a literal or raise a type error ({@link LiteralArgument}), as does a
 * division by a decimal zero ({@link CheckedDivide}); calls whose cost grows with an argument and that
 * nothing interrupts are refused past the budget before they run ({@link BoundedCall}, {@link
 * BoundedStrDatatype}), and a duration of more than {@value LongDurations#YEARS} years added to a
 * date is an error ({@link CheckedAdd}, {@link CheckedSubtract}). Installed through ARQ's extension point for
 * optimisers ({@code ARQConstants.sysOptimizerFactory}) by {@code SparqlEngine.configure}. No value
 * changes: a query within the budget answers as plain ARQ does, but where plain ARQ fails on a
 * time function's IRI or a decimal zero divisor (the differential fuzzer compares the two).
 */
public final class BoundedEvaluation {
    public static final RewriteFactory FACTORY = context -> {
        Rewrite standard = Optimize.stdOptimizationFactory.create(context);
        return op -> Transformer.transform(new Aggregates(), new Functions(), standard.rewrite(op));
    };

    private BoundedEvaluation() {}

    /**
     * GROUP_CONCAT in either form, bounded; and the sort conditions of a top-N (ORDER BY with
     * LIMIT, as ARQ's optimiser plans it), which Jena's transformer does not visit, bounded as every
     * other expression is.
     */
    private static final class Aggregates extends TransformCopy {
        @Override
        public Op transform(OpTopN top, Op sub) {
            Functions functions = new Functions();
            List<SortCondition> conditions = top.getConditions().stream()
                    .map(c -> new SortCondition(ExprTransformer.transform(functions, c.getExpression()), c.getDirection())).toList();
            return new OpTopN(sub, top.getLimit(), conditions);
        }

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = group.getAggregators().stream()
                    .map(a -> new ExprAggregator(a.getVar(), bounded(a.getAggregator()))).toList();
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }

        private static Aggregator bounded(Aggregator aggregator) {
            if (aggregator instanceof AggGroupConcatDistinct distinct && !(aggregator instanceof BoundedGroupConcatDistinct)) {
                return new BoundedGroupConcatDistinct(distinct.getExprList().get(0), distinct.getSeparator());
            }
            if (aggregator instanceof AggGroupConcat concat && !(aggregator instanceof BoundedGroupConcat)) {
                return new BoundedGroupConcat(concat.getExprList().get(0), concat.getSeparator());
            }
            return aggregator;
        }
    }

    /** The functions that read strings with a pattern, or build strings and integers. */
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String FN_MATCHES = FN + "matches";
    private static final String FN_REPLACE = "http://www.w3.org/2005/xpath-functions#replace";

    private static final class Functions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunction1 f, Expr arg) {
            boolean readsTime = f instanceof E_DateTimeHours || f instanceof E_DateTimeMinutes || f instanceof E_DateTimeSeconds
                    || f instanceof E_DateTimeTimezone || f instanceof E_DateTimeTZ;
            Expr copy = readsTime && !(arg instanceof LiteralArgument) ? f.copy(new LiteralArgument(arg)) : super.transform(f, arg);
            boolean grows = f instanceof E_Str || f instanceof E_StrUpperCase || f instanceof E_StrLowerCase || f instanceof E_StrEncodeForURI;
            return grows ? new CheckedValue(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunction2 f, Expr left, Expr right) {
            if (f instanceof E_Divide && !(f instanceof CheckedDivide)) return new CheckedDivide(left, right);
            if (f instanceof E_Add && !(f instanceof CheckedAdd)) return new CheckedAdd(left, right);
            if (f instanceof E_Subtract && !(f instanceof CheckedSubtract)) return new CheckedSubtract(left, right);
            if (f instanceof E_StrDatatype && !(f instanceof BoundedStrDatatype)) return new CheckedValue(new BoundedStrDatatype(left, right));
            // A search in time linear in its strings (LinearSearch: Java's indexOf ran 48 s past a
            // timeout of 3).
            if (f instanceof E_StrContains && !(f instanceof LinearSearch.Contains)) return new LinearSearch.Contains(left, right);
            if (f instanceof E_StrBefore && !(f instanceof LinearSearch.Before)) return new LinearSearch.Before(left, right);
            if (f instanceof E_StrAfter && !(f instanceof LinearSearch.After)) return new LinearSearch.After(left, right);
            Expr copy = super.transform(f, left, right);
            // STRLANG with a tag that is none ("a b", "en--xyz") fails in Java, not as a SPARQL error (CheckedValue).
            return f instanceof E_Multiply || f instanceof E_StrLang ? new CheckedValue(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunction3 f, Expr x, Expr y, Expr z) {
            Expr copy = super.transform(f, x, y, z);
            // STRLANGDIR with a tag or direction that is none fails in Java, as STRLANG does (CheckedValue).
            return f instanceof E_StrLangDir ? new CheckedValue(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunctionN f, ExprList args) {
            if (f instanceof E_Regex && !(f instanceof BoundedRegex)) {
                return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (f instanceof E_StrReplace && !(f instanceof BoundedReplace)) {
                return new CheckedValue(new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null));
            }
            if (f instanceof E_StrConcat && !(f instanceof BoundedConcat)) return new CheckedValue(new BoundedConcat(args));
            // XPath's names for REGEX and REPLACE, which SPARQL defines as these very functions and
            // Jena evaluates alike (FN_Matches through an E_Regex, FN_StrReplace through the same
            // XSDFuncOp.strReplace), are bounded as those are: left to Jena, they ran a backtracking
            // pattern 27 s past the timeout, and fn:replace built its string before it was measured.
            // A constant pattern or flags in error (compiled as the expression is made) stay Jena's
            // function, which reports the error for each solution, leaving its variable unbound, and
            // never backtracks, rather than failing the query with a 500.
            if (f instanceof E_Function call && call.getFunctionIRI().equals(FN_MATCHES) && (args.size() == 2 || args.size() == 3)) {
                try {
                    return BoundedRegex.xpath(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                } catch (ExprException constantInError) {
                    return super.transform(f, args);
                }
            }
            if (f instanceof E_Function call && call.getFunctionIRI().equals(FN_REPLACE) && (args.size() == 3 || args.size() == 4)) {
                try {
                    return new CheckedValue(new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null));
                } catch (ExprException constantInError) {
                    return super.transform(f, args);
                }
            }
            // XPath's names for CONTAINS, STRBEFORE and STRAFTER, which Jena evaluates through the same XSDFuncOp.
            if (f instanceof E_Function call && args.size() == 2) {
                switch (call.getFunctionIRI()) {
                    case FN + "contains" -> { return new LinearSearch.Contains(args.get(0), args.get(1)); }
                    case FN + "substring-before" -> { return new LinearSearch.Before(args.get(0), args.get(1)); }
                    case FN + "substring-after" -> { return new LinearSearch.After(args.get(0), args.get(1)); }
                    default -> { }
                }
            }
            if (f instanceof E_Function call && call.getFunctionIRI().equals(CheckedDivide.SPARQL_DIVIDE) && args.size() == 2) {
                return new CheckedDivide(args.get(0), args.get(1));
            }
            if (f instanceof E_Function call && !(f instanceof BoundedPow) && !(f instanceof BoundedCall)) {
                String iri = call.getFunctionIRI();
                return new CheckedValue(iri.equals(BoundedPow.IRI) ? new BoundedPow(args) : BoundedCall.bounds(iri) ? new BoundedCall(iri, args) : super.transform(f, args));
            }
            return super.transform(f, args);
        }
    }
}
