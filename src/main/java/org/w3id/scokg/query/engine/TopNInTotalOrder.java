package org.w3id.scokg.query.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConstants;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.impl.RDFLangString;
import org.apache.jena.graph.Node;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.iterator.QueryIterConcat;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.iterator.QueryIterSlice;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueDouble;
import org.apache.jena.sparql.expr.nodevalue.NodeValueFloat;

/**
 * A top-N that {@link SlicesAsTopN} made, answering exactly the first rows of ARQ's full sort.
 *
 * <p>Where Jena's comparator orders the values it meets totally (by value space, then by value,
 * then by term), a heap keeps exactly the rows a full sort puts first, and Jena's {@link
 * QueryIterTopN} does the work. It is not total where Jena compares some values by value and
 * others by their text: date and time values with and without a time zone (within 14 hours it
 * compares their text), of two datatypes of one value space (a gYear and a dateTime compare as
 * text, two gYears by value) where their text is not in the order of their values, durations
 * (compared by whole seconds where one has none: PT0M equals PT0.5S, and then as text), floats or
 * doubles with other numbers (compared after rounding, then as text), triple terms and composite
 * literals, which hold any of these. And two different rows tie where a literal with a base
 * direction is in any variable (Jena's tie-break finds {@code "abc"@en--ltr} and {@code
 * "abc"@fr--rtl} equal), and a sort keeps tied rows in the order they come, a heap does not. Three such values
 * can form a cycle, and a heap settles a cycle otherwise than a sort: a first top-N of this kind,
 * withdrawn on 1 December 2026, answered first a dateTime that another is before by value, and a
 * review of this one found the durations and the ties. So the rows are watched on their way into
 * the heap ({@link ValueMix}), and if a sort variable takes such a mix, a row has such a literal, or
 * the rows the heap keeps could hold more than {@link SpillingSort#SPILL_BYTES},
 * the top-N is given up and its pattern evaluated again into a full sort ({@link SpillingSort}),
 * of which the first rows are answered. Evaluating again needs the input again, so only a top-N
 * given one row (the query's start, or one row of the part around a sub-query) is watched; given
 * more, it sorts in full at once.
 */
final class TopNInTotalOrder extends QueryIter {
    private final Binding start;
    private final Function<QueryIterator, QueryIterator> pattern;
    private final List<SortCondition> conditions;
    private final Supplier<Comparator<Binding>> order;
    private final long rows;
    private volatile QueryIterator answer;
    private boolean watched;
    private boolean abandoned;

    private TopNInTotalOrder(Binding start, Function<QueryIterator, QueryIterator> pattern, List<SortCondition> conditions, Supplier<Comparator<Binding>> order, long rows,
            ExecutionContext context) {
        super(context);
        this.start = start;
        this.pattern = pattern;
        this.conditions = conditions;
        this.order = order;
        this.rows = rows;
    }

    /**
     * The first {@code rows} rows of {@code pattern} (which evaluates the top-N's pattern over an
     * input) in the order of {@code conditions}, each a variable; {@code order} makes a comparator
     * of them (one for the top-N, a new one for a full sort).
     */
    static QueryIterator over(QueryIterator input, Function<QueryIterator, QueryIterator> pattern, List<SortCondition> conditions, Supplier<Comparator<Binding>> order,
            long rows, ExecutionContext context) {
        if (!input.hasNext()) {
            input.close();
            return QueryIterNullIterator.create(context);
        }
        Binding first = input.next();
        if (!input.hasNext()) {
            input.close();
            return new TopNInTotalOrder(first, pattern, conditions, order, rows, context);
        }
        QueryIterConcat all = new QueryIterConcat(context);
        all.add(QueryIterSingleton.create(first, context));
        all.add(input);
        return sorted(pattern.apply(all), order, rows, context);
    }

    private static QueryIterator sorted(QueryIterator rows, Supplier<Comparator<Binding>> order, long first, ExecutionContext context) {
        return new QueryIterSlice(new SpillingSort(rows, order.get(), context), 0, first, context);
    }

    /** Whether the top-N was given up for a full sort (once it has answered). */
    boolean abandoned() {
        return abandoned;
    }

    /** Every row read, and kept in a heap while the values stay in a total order; else read again and sorted. */
    private QueryIterator answer() {
        if (!watched) {
            watched = true;
            Watch watch = new Watch(pattern.apply(QueryIterRoot.create(start, getExecContext())));
            QueryIterator top = new QueryIterTopN(watch, order.get(), rows, false, getExecContext());
            answer = top;
            top.hasNext();
            if (watch.abandoned) {
                abandoned = true;
                top.close();
                answer = sorted(pattern.apply(QueryIterRoot.create(start, getExecContext())), order, rows, getExecContext());
            }
        }
        return answer;
    }

    @Override
    protected boolean hasNextBinding() {
        return answer().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return answer().next();
    }

    @Override
    protected void requestCancel() {
        QueryIterator current = answer;
        if (current != null) current.cancel();
    }

    @Override
    protected void closeIterator() {
        QueryIterator current = answer;
        if (current != null) current.close();
    }

    /**
     * The rows on their way into the heap, ended before the first that would leave the order of
     * the rows not total: such a row never reaches the heap (Jena's comparator can fail on it, as
     * it does for {@code "abc"@en} against {@code "abc"@en--ltr}, which a sort of the same rows may
     * never compare).
     */
    private final class Watch extends QueryIter1 {
        private final Var[] vars;
        private final ValueMix[] mixes;
        private long widest;
        private Binding pending;
        private boolean abandoned;

        Watch(QueryIterator rows) {
            super(rows, TopNInTotalOrder.this.getExecContext());
            vars = conditions.stream().map(condition -> condition.getExpression().asVar()).toArray(Var[]::new);
            mixes = new ValueMix[vars.length];
            for (int i = 0; i < mixes.length; i++) mixes[i] = new ValueMix();
        }

        @Override
        protected boolean hasNextBinding() {
            if (pending != null) return true;
            if (abandoned || !getInput().hasNext()) return false;
            Binding row = getInput().next();
            for (int i = 0; i < vars.length; i++) mixes[i].add(row.get(vars[i]));
            widest = Math.max(widest, SpillingSort.HeldRows.estimate(row));
            abandoned = !total(mixes) || tiesUnlikeTerms(row) || widest > SpillingSort.SPILL_BYTES / rows;
            if (abandoned) return false;
            pending = row;
            return true;
        }

        private static boolean total(ValueMix[] mixes) {
            for (ValueMix mix : mixes) if (!mix.total()) return false;
            return true;
        }

        @Override
        protected Binding moveToNextBinding() {
            Binding row = pending;
            pending = null;
            return row;
        }

        @Override
        protected void requestSubCancel() {}

        @Override
        protected void closeSubIterator() {}
    }

    /**
     * Whether a term of the row, in any variable, is one that Jena's tie-break between rows ({@code
     * NodeCmp.compareRDFTerms}) finds equal to another term: a literal with a base direction
     * ({@code "abc"@en--ltr} and {@code "abc"@fr--rtl} have one lexical form and one datatype), or a
     * triple term, which may hold one. Two different rows can then tie, and a sort keeps tied rows in
     * the order they come, a heap does not.
     */
    private static boolean tiesUnlikeTerms(Binding row) {
        boolean[] ties = {false};
        row.forEach((var, term) -> ties[0] |= term != null && (term.isTripleTerm() || term.isLiteral() && term.getLiteralBaseDirection() != null));
        return ties[0];
    }

    /** The values one sort variable has taken, and whether Jena's comparator orders them totally. */
    static final class ValueMix {
        /** Text in the order of its value: no time zone, a year of four digits or none, no hour 24. */
        private static final Pattern PLAIN_TIME = Pattern.compile("(\\d{4}(?!\\d)|--)(?!.*T24)[^Z+]*");

        private final Set<String> timeTypes = new HashSet<>();
        private boolean zoned;
        private boolean unzoned;
        private boolean timeOutOfTextOrder;
        private Node duration;
        private boolean durations;
        private boolean floats;
        private boolean doubles;
        private boolean exact;
        private boolean other;

        /** Exact numbers of XSD: Jena makes a number of every well-formed literal of these. */
        private static final Set<RDFDatatype> EXACT = byIdentity(XSDDatatype.XSDdecimal, XSDDatatype.XSDinteger, XSDDatatype.XSDint, XSDDatatype.XSDlong,
                XSDDatatype.XSDshort, XSDDatatype.XSDbyte, XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDpositiveInteger, XSDDatatype.XSDnonPositiveInteger,
                XSDDatatype.XSDnegativeInteger, XSDDatatype.XSDunsignedLong, XSDDatatype.XSDunsignedInt, XSDDatatype.XSDunsignedShort, XSDDatatype.XSDunsignedByte);
        /** Dates and times of XSD: Jena makes a date or time of every well-formed literal of these. */
        private static final Set<RDFDatatype> TIMES = byIdentity(XSDDatatype.XSDdateTime, XSDDatatype.XSDdate, XSDDatatype.XSDtime, XSDDatatype.XSDgYear,
                XSDDatatype.XSDgYearMonth, XSDDatatype.XSDgMonth, XSDDatatype.XSDgMonthDay, XSDDatatype.XSDgDay);

        /**
         * The datatypes, found by identity: Jena's literals of them hold these very objects, and
         * comparing datatypes as {@code equals} does cost as much as the rest of a top-N's checks.
         */
        private static Set<RDFDatatype> byIdentity(RDFDatatype... datatypes) {
            Set<RDFDatatype> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(Arrays.asList(datatypes));
            return Collections.unmodifiableSet(set);
        }

        void add(Node term) {
            if (term == null || term.isURI() || term.isBlank()) return;
            if (!term.isLiteral() || term.getLiteralBaseDirection() != null) {
                other = true;
                return;
            }
            // Text and text in a language never change the order's totality: no value made of them.
            RDFDatatype datatype = term.getLiteralDatatype();
            if (datatype == XSDDatatype.XSDstring || datatype == RDFLangString.rdfLangString) return;
            // The numbers, dates and times of the graph, told by their datatype and text without
            // making a value of each (most of a top-N's own work); what they add is what
            // addByValue would add (TopNInTotalOrderTest compares the two).
            if (term.getLiteral().isWellFormed()) {
                if (datatype == XSDDatatype.XSDfloat) {
                    floats = true;
                    return;
                }
                if (datatype == XSDDatatype.XSDdouble) {
                    doubles = true;
                    return;
                }
                if (EXACT.contains(datatype)) {
                    exact = true;
                    return;
                }
                String text = term.getLiteralLexicalForm();
                // Jena reads a date with spaces around it ("…-05:00 ") as well-formed, its zone
                // included, which its text's end does not show (a review found the cycle it hid).
                if (TIMES.contains(datatype) && !text.isEmpty() && !isXmlSpace(text.charAt(0)) && !isXmlSpace(text.charAt(text.length() - 1))) {
                    addTime(term, !hasTimeZone(text), text);
                    return;
                }
            }
            addByValue(term);
        }

        /** What {@code term}, a literal, adds, told by the value Jena makes of it. */
        void addByValue(Node term) {
            NodeValue value = NodeValue.makeNode(term);
            if (value.isNumber()) {
                // Not isFloat() and isDouble(): they say whether a value can be promoted to one, which
                // every integer and decimal can (until 2 December 2026 they were all taken for floats).
                if (value instanceof NodeValueFloat) floats = true;
                else if (value instanceof NodeValueDouble) doubles = true;
                else exact = true;
            } else if (value.hasDateTime()) {
                addTime(term, value.getDateTime().getTimezone() == DatatypeConstants.FIELD_UNDEFINED, term.getLiteralLexicalForm());
            } else if (value.isDuration()) {
                // Jena compares durations by months and days, and by whole seconds where one has no
                // seconds (PT0M equals PT0.5S, then compared as text): no two are trusted.
                if (duration == null) duration = term;
                else if (!duration.equals(term)) durations = true;
            } else if (term.getLiteralDatatypeURI().startsWith("http://w3id.org/awslabs/neptune/SPARQL-CDTs/")) {
                other = true;
            }
        }

        private void addTime(Node term, boolean noZone, String text) {
            if (noZone) unzoned = true;
            else zoned = true;
            timeTypes.add(term.getLiteralDatatypeURI());
            if (!noZone || !PLAIN_TIME.matcher(text).matches()) timeOutOfTextOrder = true;
        }

        private static boolean isXmlSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        /** Whether the text of a well-formed XSD date or time ends in a time zone: {@code Z} or {@code ±hh:mm}. */
        static boolean hasTimeZone(String text) {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) == 'Z') return true;
            return n >= 6 && (text.charAt(n - 6) == '+' || text.charAt(n - 6) == '-') && text.charAt(n - 3) == ':';
        }

        /** What has been met, for comparing two mixes in tests. */
        @Override
        public String toString() {
            return "times " + new TreeSet<>(timeTypes) + (zoned ? " zoned" : "") + (unzoned ? " unzoned" : "") + (timeOutOfTextOrder ? " out of text order" : "")
                    + " duration " + duration + (durations ? " durations" : "") + (floats ? " floats" : "") + (doubles ? " doubles" : "") + (exact ? " exact" : "")
                    + (other ? " other" : "");
        }

        /**
         * Whether every two values met so far compare as one total order: numbers all exact, all
         * floats or all doubles; dates and times whose text is in the order of their values, or all
         * of one datatype and all with a time zone or all without; one duration at most (its
         * comparisons round seconds); no triple term, no composite literal, no literal with a base
         * direction. Strings, languages, booleans,
         * IRIs, blank nodes and unknown datatypes always are.
         */
        boolean total() {
            int numbers = (floats ? 1 : 0) + (doubles ? 1 : 0) + (exact ? 1 : 0);
            boolean times = !timeOutOfTextOrder || (timeTypes.size() <= 1 && !(zoned && unzoned));
            return !other && numbers <= 1 && times && !durations;
        }
    }
}
