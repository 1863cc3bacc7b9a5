package org.w3id.scokg.query.functions;

import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggregateRegistry;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Which named functions, aggregates and property functions a public query may call. Jena's
 * registries hold its standard library; beyond them, ARQ loads any class of its own library
 * packages by name ({@code afn:} and {@code apf:}), and any class at all from a {@code java:} IRI.
 * Of the classes reached by name, the property functions of {@code apf:} are in-memory list and
 * string operations and may run; of the functions of {@code afn:}, only those on {@link #AFN}.
 * Everything else reached by name is code: {@code afn:wait} sleeps, {@code afn:print} writes to the
 * log, {@code afn:eval} evaluates text, {@code afn:context} and {@code afn:systemvar} read the server.
 */
public final class FunctionLibrary {
    /** What a query may do with a name. */
    public enum Verdict {
        /** Runs, and gives the same value on every run. */
        PURE,
        /** Runs, but gives another value on each run: its answers are not kept. */
        UNSTABLE,
        /** Not a function of Jena's: a call is an error, a predicate is a predicate. Runs, answers not kept. */
        UNKNOWN,
        /** Code named in the query: refused. */
        CODE,
        /** Runs without a bound this endpoint can keep: refused, and another way named. */
        UNBOUNDED
    }

    private static final List<String> CODE_SCHEMES = List.of("java:", "http://jena.hpl.hp.com/ARQ", "http://jena.apache.org/ARQ/jsFunction#",
            "http://jena.apache.org/ARQ/procedure#");
    /** The functions of ARQ's own library reached by name that only compute a value from their arguments. */
    private static final Set<String> AFN = Set.of("localname", "namespace", "sprintf", "strjoin", "sqrt", "substr", "substring",
            "strlen", "min", "max", "pi", "e", "sha1sum", "langeq", "evenInteger", "date", "timezone", "bnode", "uuid", "struuid", "now",
            "nowtz",
            // Those Jena 5.6.0 registers when it starts.
            "adjust-to-timezone", "collation", "isTriple", "object", "predicate", "subject", "system-timezone", "triple");
    /** XPath's {@code fn:apply}, which calls the function its first argument names. */
    private static final String APPLY = "http://www.w3.org/2005/xpath-functions#apply";
    /**
     * The functions that give another value on each call, by IRI: SPARQL's own under the names Jena
     * registers them by ({@code <http://www.w3.org/ns/sparql#rand>()} is {@code RAND()}), and ARQ's.
     * Judged before the registries: a function of ARQ's library is registered once a query has
     * called it, and {@code sparql:rand} is registered from the start, so a registry says nothing
     * of whether a function draws (taken for pure, their answers would be kept by the answer cache).
     */
    private static final Set<String> UNSTABLE = Set.of("http://www.w3.org/ns/sparql#rand", "http://www.w3.org/ns/sparql#uuid",
            "http://www.w3.org/ns/sparql#struuid", "http://www.w3.org/ns/sparql#bnode", "http://www.w3.org/ns/sparql#now",
            ARQConstants.ARQFunctionLibraryURI + "bnode", ARQConstants.ARQFunctionLibraryURI + "uuid", ARQConstants.ARQFunctionLibraryURI + "struuid",
            ARQConstants.ARQFunctionLibraryURI + "now", ARQConstants.ARQFunctionLibraryURI + "nowtz");
    private static final Set<String> APF_UNSTABLE = Set.of("bnode", "blankNode");
    /** The property functions of ARQ's library that only relate their arguments, within bounds. */
    private static final Set<String> APF = Set.of("alt", "assign", "bag", "container", "listIndex", "listLength", "listMember", "seq", "splitIRI",
            "splitURI", "str");
    /**
     * Those whose work nothing bounds: {@code apf:concat} builds strings past the budget on built
     * strings that CONCAT keeps, and {@code apf:strSplit} runs a regular expression with no look at
     * the deadline that REGEX keeps (one ran for 38 s past a timeout of 1 s).
     * ARQ's abstract classes ({@code apf:ListBase}) failed the query with a 500 when named.
     */
    private static final Set<String> APF_UNBOUNDED = Set.of("concat", "strSplit");

    private FunctionLibrary() {}

    /** True when the function named {@code iri} runs and gives the same value on every run. */
    public static boolean pure(String iri) {
        return function(iri) == Verdict.PURE;
    }

    public static Verdict function(String iri) {
        if (isCode(iri)) return Verdict.CODE;
        if (UNSTABLE.contains(iri)) return Verdict.UNSTABLE;
        if (iri.startsWith(ARQConstants.ARQFunctionLibraryURI)) {
            // By name, not by the registry, which holds every function of the library once called.
            return AFN.contains(iri.substring(ARQConstants.ARQFunctionLibraryURI.length())) ? Verdict.PURE : Verdict.CODE;
        }
        return FunctionRegistry.get().isRegistered(iri) ? Verdict.PURE : Verdict.UNKNOWN;
    }

    /**
     * For a call that names the function it calls by its first argument (ARQ's {@code CALL},
     * XPath's {@code fn:apply}): that argument's IRI when it is a constant IRI, or the empty string
     * when it is not (then the function is chosen when the query runs, and it could be any, code
     * included); null for any other call. Read so that neither can call a function refused by name,
     * such as {@code afn:wait} or a {@code java:} function.
     */
    public static String calledByName(ExprFunction call) {
        boolean byName = call instanceof E_Call || call instanceof E_Function function && function.getFunctionIRI().equals(APPLY);
        if (!byName) return null;
        Expr named = call.getArgs().isEmpty() ? null : call.getArgs().get(0);
        // fn:apply of fn:apply would take the name from its next argument, when the query runs.
        return named instanceof NodeValue value && value.isIRI() && !value.asNode().getURI().equals(APPLY) ? value.asNode().getURI() : "";
    }

    public static Verdict aggregate(String iri) {
        if (isCode(iri)) return Verdict.CODE;
        return AggregateRegistry.isRegistered(iri) ? Verdict.PURE : Verdict.UNKNOWN;
    }

    public static Verdict propertyFunction(String iri) {
        if (isCode(iri)) return Verdict.CODE;
        if (!iri.startsWith(ARQConstants.ARQPropertyFunctionLibraryURI)) return Verdict.PURE;
        String name = iri.substring(ARQConstants.ARQPropertyFunctionLibraryURI.length());
        // Before the registry, which holds apf:bnode once a query has called it.
        if (APF_UNSTABLE.contains(name)) return Verdict.UNSTABLE;
        // By name: ARQ makes any class of its library a property function when a query names it.
        return APF.contains(name) ? Verdict.PURE : APF_UNBOUNDED.contains(name) ? Verdict.UNBOUNDED : Verdict.CODE;
    }

    private static boolean isCode(String iri) {
        return CODE_SCHEMES.stream().anyMatch(iri::startsWith);
    }
}
