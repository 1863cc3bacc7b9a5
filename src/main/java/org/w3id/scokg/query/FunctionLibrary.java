package org.w3id.scokg.query;

import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.expr.aggregate.AggregateRegistry;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

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
    enum Verdict {
        /** Runs, and gives the same value on every run. */
        PURE,
        /** Runs, but gives another value on each run: its answers are not kept. */
        UNSTABLE,
        /** Not a function of Jena's: a call is an error, a predicate is a predicate. Runs, answers not kept. */
        UNKNOWN,
        /** Code named in the query: refused. */
        CODE
    }

    private static final List<String> CODE_SCHEMES = List.of("java:", "http://jena.hpl.hp.com/ARQ", "http://jena.apache.org/ARQ/jsFunction#",
            "http://jena.apache.org/ARQ/procedure#");
    /** The functions of ARQ's own library reached by name that only compute a value from their arguments. */
    private static final Set<String> AFN = Set.of("localname", "namespace", "sprintf", "strjoin", "sqrt", "substr", "substring",
            "strlen", "min", "max", "pi", "e", "sha1sum", "langeq", "evenInteger", "date", "timezone", "bnode", "uuid", "struuid", "now",
            "nowtz");
    private static final Set<String> AFN_UNSTABLE = Set.of("bnode", "uuid", "struuid", "now", "nowtz");
    private static final Set<String> APF_UNSTABLE = Set.of("bnode", "blankNode");

    private FunctionLibrary() {}

    /** True when the function named {@code iri} runs and gives the same value on every run. */
    public static boolean pure(String iri) {
        return function(iri) == Verdict.PURE;
    }

    static Verdict function(String iri) {
        if (isCode(iri)) return Verdict.CODE;
        if (FunctionRegistry.get().isRegistered(iri)) return Verdict.PURE;
        if (!iri.startsWith(ARQConstants.ARQFunctionLibraryURI)) return Verdict.UNKNOWN;
        String name = iri.substring(ARQConstants.ARQFunctionLibraryURI.length());
        if (!AFN.contains(name)) return Verdict.CODE;
        return AFN_UNSTABLE.contains(name) ? Verdict.UNSTABLE : Verdict.PURE;
    }

    static Verdict aggregate(String iri) {
        if (isCode(iri)) return Verdict.CODE;
        return AggregateRegistry.isRegistered(iri) ? Verdict.PURE : Verdict.UNKNOWN;
    }

    static Verdict propertyFunction(String iri) {
        if (isCode(iri)) return Verdict.CODE;
        if (PropertyFunctionRegistry.get().isRegistered(iri)) return Verdict.PURE;
        if (!iri.startsWith(ARQConstants.ARQPropertyFunctionLibraryURI)) return Verdict.PURE;
        return APF_UNSTABLE.contains(iri.substring(ARQConstants.ARQPropertyFunctionLibraryURI.length())) ? Verdict.UNSTABLE : Verdict.PURE;
    }

    private static boolean isCode(String iri) {
        return CODE_SCHEMES.stream().anyMatch(iri::startsWith);
    }
}
