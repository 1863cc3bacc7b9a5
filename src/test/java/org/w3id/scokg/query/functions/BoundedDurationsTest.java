package org.w3id.scokg.query.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.apache.jena.ext.xerces.DatatypeFactoryInst;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two durations are compared in time that does not grow with them, with the answers Jena's own
 * durations give: a review on 5 December 2026 found {@code "P1D"^^xsd:duration <
 * "P2147483647D"^^xsd:duration} running 23 s past a 2 s timeout, in one call the deadline does not
 * reach (Jena's xerces adds each duration to four dates, a month at a time).
 */
class BoundedDurationsTest {
    private static final DatatypeFactory JENA = DatatypeFactoryInst.newDatatypeFactory();
    private static final List<String> DURATIONS = List.of("P0D", "PT0S", "P1D", "PT24H", "PT86400S", "PT86399.999S", "P1DT0.001S", "-P1D", "-PT1S", "P30D",
            "P31D", "P1M", "P2M", "P1Y", "P12M", "P365D", "P366D", "P1Y1D", "P1M1D", "P1MT1H", "P13M", "-P1M", "-P1Y1D", "P2147483647Y", "PT2147483647M",
            "PT2147483647.5S", "P1DT23H59M60S", "P1M1000D", "P1Y20000D", "-P1Y20000D", "P2147483647Y11M");

    @BeforeAll
    static void install() {
        BoundedDurations.install();
    }

    @Test
    void a_comparison_of_millions_of_days_is_answered_at_once_and_rightly() {
        long start = System.nanoTime();
        String query = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?lt ?eq ?in ?max { "
                + "BIND(\"P1D\"^^xsd:duration < \"P2147483647D\"^^xsd:duration AS ?lt) "
                + "BIND(\"PT2147483647H\"^^xsd:dayTimeDuration = \"P89478485DT7H\"^^xsd:dayTimeDuration AS ?eq) "
                + "BIND(\"P1D\"^^xsd:duration IN (\"P2147483647D\"^^xsd:duration) AS ?in) "
                + "{ SELECT (MAX(?d) AS ?max) { VALUES ?d { \"P1D\"^^xsd:duration \"P2147483647D\"^^xsd:duration \"P3D\"^^xsd:duration } } } }";
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query(query).timeout(30, TimeUnit.SECONDS).build()) {
            RowSetRewindable rows = exec.select().rewindable();
            var row = rows.next();
            assertEquals("true", row.get("lt").getLiteralLexicalForm());
            assertEquals("true", row.get("eq").getLiteralLexicalForm());
            assertEquals("false", row.get("in").getLiteralLexicalForm());
            assertEquals("P2147483647D", row.get("max").getLiteralLexicalForm());
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "at once");
    }

    /** Every pair of a table of durations compares as Jena's own durations compare them (none so long that they take Jena's more than milliseconds). */
    @Test
    void comparisons_answer_as_jena_s_durations_do() {
        for (String a : DURATIONS) {
            for (String b : DURATIONS) {
                Duration x = BoundedDurations.FACTORY.newDuration(a);
                Duration y = BoundedDurations.FACTORY.newDuration(b);
                assertEquals(JENA.newDuration(a).compare(JENA.newDuration(b)), x.compare(y), a + " compared with " + b);
                assertEquals(JENA.newDuration(a).equals(JENA.newDuration(b)), x.equals(y), a + " equals " + b);
                assertEquals(JENA.newDuration(a).hashCode(), x.hashCode(), a);
                assertEquals(JENA.newDuration(a).toString(), x.toString(), a);
            }
        }
    }

    @Test
    void a_field_past_an_int_is_refused_as_jena_s_durations_refuse_it() {
        Duration huge = BoundedDurations.FACTORY.newDuration("P2147483648D");
        assertThrows(UnsupportedOperationException.class, () -> huge.compare(BoundedDurations.FACTORY.newDuration("P1D")));
        assertThrows(UnsupportedOperationException.class, () -> JENA.newDuration("P2147483648D").compare(JENA.newDuration("P1D")));
        assertThrows(UnsupportedOperationException.class, () -> BoundedDurations.FACTORY.newDuration("PT2147483648S").compare(BoundedDurations.FACTORY.newDuration("P1D")));
        assertThrows(UnsupportedOperationException.class, () -> JENA.newDuration("PT2147483648S").compare(JENA.newDuration("P1D")));
    }

    @Test
    void a_mixed_duration_of_millions_of_days_is_incomparable_at_once() {
        long start = System.nanoTime();
        Duration mixed = BoundedDurations.FACTORY.newDuration("P1M2147483647D");
        assertThrows(UnsupportedOperationException.class, () -> mixed.compare(BoundedDurations.FACTORY.newDuration("P1MT1H")));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "at once");
    }

    @Test
    void arithmetic_keeps_durations_bounded() {
        Duration sum = BoundedDurations.FACTORY.newDuration("P1073741823D").add(BoundedDurations.FACTORY.newDuration("P1073741824D"));
        assertEquals("P2147483647D", sum.toString());
        assertTrue(sum instanceof BoundedDurations.Bounded);
        assertTrue(sum.negate() instanceof BoundedDurations.Bounded);
        assertTrue(sum.multiply(2) instanceof BoundedDurations.Bounded);
        assertTrue(sum.subtract(sum) instanceof BoundedDurations.Bounded);
        long start = System.nanoTime();
        assertEquals(1, sum.compare(BoundedDurations.FACTORY.newDuration("P1D")));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "at once");
    }
}
