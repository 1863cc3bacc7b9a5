package org.w3id.scokg.query.engine;

import java.util.Iterator;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.ARQException;
import org.apache.jena.sparql.ARQInternalErrorException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;
import org.apache.jena.vocabulary.RDFS;

/**
 * The property functions of ARQ's library ({@code apf:}, {@code list:}, {@code rdfs:member}) with
 * their failures in Java on an argument they do not expect made "no match" for that solution, as a
 * triple pattern that matches nothing. Unchecked, 38 such calls were 500s, among them {@code
 * list:length} with its count bound by VALUES and the list a variable (ARQ takes the count for a
 * variable), and with an IRI for a count ({@code <urn:a> list:length <urn:b>}, bound or constant),
 * {@code apf:bnode} of an unbound subject, {@code apf:str} of a list, {@code list:index} of a list
 * not two long, {@code list:member ()}.
 *
 * <p>A registry in the query's context, the extension point ARQ reads property functions from
 * ({@link PropertyFunctionRegistry#chooseRegistry}); it looks each one up in Jena's own registry, so
 * the functions ARQ loads by name on first use are checked too. Other property functions are Jena's
 * own, with their own errors; jena-text's {@code text:query} is read inside {@code GRAPH} as a match in
 * that graph ({@link TextQueryInGraph}).
 */
final class CheckedPropertyFunctions extends PropertyFunctionRegistry {
    private static final String LIST = "http://jena.apache.org/ARQ/list#";
    /** jena-text's property function, read inside GRAPH as a match in that graph ({@link TextQueryInGraph}). */
    private static final String TEXT_QUERY = "http://jena.apache.org/text#query";

    private final PropertyFunctionRegistry jena;

    CheckedPropertyFunctions(PropertyFunctionRegistry jena) {
        this.jena = jena;
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
        PropertyFunctionFactory factory = jena.get(uri);
        if (factory != null && uri.equals(TEXT_QUERY)) {
            return name -> {
                PropertyFunction textQuery = factory.create(name);
                return textQuery instanceof PropertyFunctionBase perSolution ? new TextQueryInGraph(perSolution) : textQuery;
            };
        }
        if (factory == null || !ofArqLibrary(uri)) return factory;
        return name -> checked(factory.create(name));
    }

    private static boolean ofArqLibrary(String uri) {
        return uri.startsWith(ARQConstants.ARQPropertyFunctionLibraryURI) || uri.startsWith(LIST) || uri.equals(RDFS.member.getURI());
    }

    private static PropertyFunction checked(PropertyFunction function) {
        return function instanceof PropertyFunctionBase perSolution ? new Checked(perSolution) : function;
    }

    @Override
    public boolean manages(String uri) {
        return jena.manages(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return jena.isRegistered(uri);
    }

    @Override
    public void put(String uri, PropertyFunctionFactory factory) {
        jena.put(uri, factory);
    }

    @Override
    public PropertyFunctionFactory remove(String uri) {
        return jena.remove(uri);
    }

    @Override
    public Iterator<String> keys() {
        return jena.keys();
    }

    /** A property function that matches nothing for a solution whose arguments make it fail. */
    private static final class Checked extends PropertyFunctionBase {
        private final PropertyFunctionBase function;

        Checked(PropertyFunctionBase function) {
            this.function = function;
        }

        @Override
        public void build(PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
            function.build(argSubject, predicate, argObject, execCxt);
        }

        @Override
        public QueryIterator exec(Binding binding, PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
            try {
                return function.exec(binding, argSubject, predicate, argObject, execCxt);
            } catch (ARQException failure) {
                // ARQ's cancellation and the query's budget are QueryExceptions too, and stop the query, as
                // they should; an error of evaluation (ExprEvalException) and ARQ's other words (a list
                // where a node goes, a count taken for a variable: ARQInternalErrorException) are this solution's.
                if (failure instanceof QueryException && !(failure instanceof ExprEvalException || failure instanceof ARQInternalErrorException)) throw failure;
                return IterLib.noResults(execCxt);
            } catch (UnsupportedOperationException | DatatypeFormatException | IllegalArgumentException | ClassCastException | NullPointerException failure) {
                // A NullPointerException is ARQ's own on a list where it takes a node ((1 2) apf:str ?y), whose
                // words ("Cannot invoke ...") reached the client.
                return IterLib.noResults(execCxt);
            }
        }
    }
}
