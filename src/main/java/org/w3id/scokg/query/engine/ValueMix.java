package org.w3id.scokg.query.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConstants;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.impl.RDFLangString;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueDouble;
import org.apache.jena.sparql.expr.nodevalue.NodeValueFloat;

/**
 * The values one sort variable has taken, and whether Jena's comparator orders them totally: {@link
 * TopNInTotalOrder} watches each sort variable's values with one, and gives the top-N up once one is not.
 */
final class ValueMix {
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
            // included, which its text's end does not show (such a zone hid a cycle).
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
            // every integer and decimal can, so they would take them all for floats.
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
