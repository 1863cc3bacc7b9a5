package org.w3id.scokg.query.engine;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
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
        Comparator<Binding> terms = (a, b) -> {
            int order = BindingComparator.compareBindingsSyntactic(new BindingProjectNamed(a), new BindingProjectNamed(b));
            return order != 0 ? order : Long.compare(place(a), place(b));
        };
        byTerms = bag(terms);
        long place = 0;
        for (Binding row = nextUnseen(); row != null; row = nextUnseen()) {
            byTerms.add(BindingFactory.binding(row, PLACE, NodeFactory.createLiteralDT(Long.toString(place++), XSDDatatype.XSDlong)));
        }
        byPlace = bag(Comparator.comparingLong(SpillingDistinct::place));
        Binding previous = null;
        for (Iterator<Binding> sorted = byTerms.iterator(); sorted.hasNext();) {
            Binding row = sorted.next();
            // The first of equal rows has the earliest place.
            if (previous == null || BindingComparator.compareBindingsSyntactic(new BindingProjectNamed(previous), new BindingProjectNamed(row)) != 0) byPlace.add(row);
            previous = row;
        }
        byTerms.close();
        return byPlace.iterator();
    }

    private SortedDataBag<Binding> bag(Comparator<Binding> order) {
        return BagFactory.newSortedBag(new SpillingSort.HeldRows(SparqlEngine.SPILL_ROWS, SpillingSort.SPILL_BYTES),
                SerializationFactoryFinder.bindingSerializationFactory(), (a, b) -> {
                    // On the query's thread: the bag's sort or merge stops when cancelled.
                    if (cancelled) throw new QueryCancelledException();
                    return order.compare(a, b);
                });
    }

    private static long place(Binding row) {
        return Long.parseLong(row.get(PLACE).getLiteralLexicalForm());
    }

    /** The next row not among those already answered, its internal variables hidden as Jena hides them; null at the end. */
    private Binding nextUnseen() {
        while (getInput().hasNext()) {
            Binding row = new BindingProjectNamed(getInput().next());
            if (!seen.contains(row)) return row;
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
