package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.binding.BindingProjectNamed;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.system.SerializationFactoryFinder;

/**
 * DISTINCT with the rows it holds in the heap counted by their bytes as well as their number
 * ({@link SpillingSort.HeldRows}), answering what Jena's {@link QueryIterDistinct} answers while
 * that holds its rows in memory: each row the first time it comes, in the order it comes. While the
 * rows seen fit {@value SparqlEngine#SPILL_ROWS} rows and {@value SpillingSort#SPILL_BYTES} bytes,
 * a row passes at once, as in Jena. Past that, the rest are read into Jena's {@link SortedDataBag}
 * (which writes to disk by the same policy) with the place each came in: sorted by their terms, the
 * first of each run of equal rows is kept, and those are sorted by their places again, so they come
 * out in the order they came in. Jena's own DISTINCT counts rows only, so rows of a few long strings
 * (two DISTINCTs of rows of five 750-character strings in ChildServerIT) filled a 256 MB heap before
 * its 20,000 rows; and past its 20,000 rows it answers the rest in the order of a hash set unless
 * they also spilled to disk, so a DISTINCT over an ORDER BY lost its order there (Jena 5.6.0).
 */
final class SpillingDistinct extends QueryIter1 {
    /** The place a row came in, while it is sorted: not a named variable, so never answered. */
    private static final Var PLACE = Var.alloc(".place");

    private final SpillingSort.HeldRows held = new SpillingSort.HeldRows(SparqlEngine.SPILL_ROWS, SpillingSort.SPILL_BYTES);
    private final Set<Binding> seen = new HashSet<>();
    private Binding next;
    private SortedDataBag<Binding> byTerms;
    private SortedDataBag<Binding> byPlace;
    private Iterator<Binding> rest;
    private volatile boolean cancelled;

    SpillingDistinct(QueryIterator rows, ExecutionContext context) {
        super(rows, context);
    }

    /** How many distinct rows are held in the heap to tell the next ones from them. */
    int held() {
        return seen.size();
    }

    @Override
    protected boolean hasNextBinding() {
        if (next != null) return true;
        if (rest != null) return rest.hasNext();
        if (!held.isThresholdExceeded()) {
            next = nextUnseen();
            if (next == null) return false;
            seen.add(next);
            held.increment(next);
            return true;
        }
        rest = restInTheirOrder();
        return rest.hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        if (next == null) return new BindingProjectNamed(rest.next());
        Binding row = next;
        next = null;
        return row;
    }

    /** The rows not yet read and not among those answered, each once, in the order they come in. */
    private Iterator<Binding> restInTheirOrder() {
        byTerms = bag(SpillingDistinct::compareTerms);
        long place = 0;
        for (Binding row = nextUnseen(); row != null; row = nextUnseen()) {
            byTerms.add(BindingFactory.binding(row, PLACE, NodeFactory.createLiteralDT(Long.toString(place++), XSDDatatype.XSDlong)));
        }
        byPlace = bag(Comparator.comparingLong(SpillingDistinct::place));
        Binding previous = null;
        for (Iterator<Binding> sorted = byTerms.iterator(); sorted.hasNext();) {
            Binding row = sorted.next();
            Binding named = new BindingProjectNamed(row);
            // Equal rows are next to each other, the first with the earliest place.
            if (!named.equals(previous)) byPlace.add(row);
            previous = named;
        }
        byTerms.close();
        return byPlace.iterator();
    }

    /**
     * Rows by their terms, as Jena's DISTINCT tells them apart (as RDF terms), then by place. Jena's
     * syntactic order finds some different terms equal ({@code "abc"@en--ltr} and {@code
     * "abc"@fr--rtl}: one lexical form, one datatype): those are told apart by their N-Triples form,
     * so that equal rows, and only they, are next to each other once sorted.
     */
    private static int compareTerms(Binding a, Binding b) {
        Binding x = new BindingProjectNamed(a);
        Binding y = new BindingProjectNamed(b);
        int order = BindingComparator.compareBindingsSyntactic(x, y);
        if (order == 0 && !x.equals(y)) order = written(x).compareTo(written(y));
        return order != 0 ? order : Long.compare(place(a), place(b));
    }

    /** A row's variables in the order of their names, each with its term in N-Triples. */
    private static String written(Binding row) {
        List<Var> vars = new ArrayList<>();
        row.vars().forEachRemaining(vars::add);
        vars.sort(Comparator.comparing(Var::getName));
        StringBuilder text = new StringBuilder();
        for (Var var : vars) text.append(var.getName()).append('=').append(NodeFmtLib.strNT(row.get(var))).append(' ');
        return text.toString();
    }

    private SortedDataBag<Binding> bag(Comparator<Binding> order) {
        return BagFactory.newSortedBag(new SpillingSort.HeldRows(SparqlEngine.SPILL_ROWS, SpillingSort.SPILL_BYTES),
                SerializationFactoryFinder.bindingSerializationFactory(), SpillingSort.stoppable(order, () -> cancelled, getExecContext()));
    }

    private static long place(Binding row) {
        return Long.parseLong(row.get(PLACE).getLiteralLexicalForm());
    }

    /**
     * The next row not among those already answered, its internal variables hidden as Jena hides
     * them, copied (a projection's row holds the variables it hides, which the bytes it is counted
     * by would leave out); null at the end. Only a row not seen is copied: a row equals its copy,
     * with the same hash, so the rows a DISTINCT drops cost no copy.
     */
    private Binding nextUnseen() {
        while (getInput().hasNext()) {
            Binding row = new BindingProjectNamed(getInput().next());
            if (!seen.contains(row)) return BindingFactory.copy(row);
        }
        return null;
    }

    /** As {@link SpillingSort}: the bags are left to the query's thread, which stops at its next comparison. */
    @Override
    protected void requestSubCancel() {
        cancelled = true;
    }

    @Override
    protected void closeSubIterator() {
        if (byTerms != null) byTerms.close();
        if (byPlace != null) byPlace.close();
    }
}
