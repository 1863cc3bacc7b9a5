package org.w3id.scokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.project.ProjectLayout;

/**
 * statuses-on-date, members-on-date (members and observers) and status-counts-on-date on every day
 * of 2004-2005 and 2022-2023, against the statuses and days the data audit found in its sources
 * (written out here, not read from the graph): no status counted from 1 January of a year it began
 * later in, none missing on the day it began, and one known only to its month possible on that month's days but the last.
 */
class StatusesOnEveryDayTest {
    private static final QueryCatalog CATALOG = new QueryCatalog(new ProjectLayout(ProjectCopy.ROOT));

    /**
     * A status from its first day to the day it ended (exclusive; null while it lasts). A beginning known only to the month
     * ({@code 2022-09}) makes the status possible on every day of that month but its last, on which it has surely begun.
     */
    private record Held(String status, String name, String from, String until) {
        boolean on(LocalDate day) {
            return certainty(day) != null;
        }

        /** "certain", "possible", or null on a day the status is not held. */
        String certainty(LocalDate day) {
            boolean monthOnly = from.length() == 7;
            LocalDate first = LocalDate.parse(monthOnly ? from + "-01" : from);
            if (day.isBefore(first) || (until != null && !day.isBefore(LocalDate.parse(until)))) return null;
            return monthOnly && day.isBefore(first.plusMonths(1).minusDays(1)) ? "possible" : "certain";
        }
    }

    private static final String M = "member state";
    private static final String O = "observer state";
    private static final String D = "dialogue partner";
    private static final String END = "2025-09-01";

    private static final List<Held> TRUTH = new ArrayList<>();

    static {
        for (String founder : List.of("China", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan", "Uzbekistan")) {
            TRUTH.add(new Held(M, founder, "2001-06-15", null));
        }
        TRUTH.addAll(List.of(
                new Held(M, "India", "2017-06-09", null), new Held(M, "Pakistan", "2017-06-09", null),
                new Held(M, "Iran", "2023-07-04", null), new Held(M, "Belarus", "2024-07-04", null),
                // Tashkent summit, 2004-06-17; Astana summit, 2005-07-05.
                new Held(O, "Mongolia", "2004-06-17", END),
                new Held(O, "India", "2005-07-05", "2017-06-09"), new Held(O, "Pakistan", "2005-07-05", "2017-06-09"),
                new Held(O, "Iran", "2005-07-05", "2023-07-04"),
                new Held(O, "Afghanistan", "2012-06-07", END), new Held(O, "Belarus", "2015-07-10", "2024-07-04"),
                new Held(D, "Belarus", "2009-06-16", "2015-07-10"), new Held(D, "Sri Lanka", "2009-06-16", END),
                new Held(D, "Turkey", "2012-06-07", END),
                new Held(D, "Azerbaijan", "2015-07-10", END), new Held(D, "Armenia", "2015-07-10", END),
                new Held(D, "Cambodia", "2015-07-10", END), new Held(D, "Nepal", "2015-07-10", END),
                // The memoranda that opened the statuses: Tashkent 2022-09-14, Samarkand September 2022 (the audit's
                // 2022-09-16 came from a report that misdates Egypt's and Qatar's), Goa 2023-05-05, Bahrain's of 2023-07-15.
                new Held(D, "Egypt", "2022-09-14", END), new Held(D, "Qatar", "2022-09-14", END),
                new Held(D, "Saudi Arabia", "2022-09", END),
                new Held(D, "United Arab Emirates", "2023-05-05", END), new Held(D, "Kuwait", "2023-05-05", END),
                new Held(D, "Maldives", "2023-05-05", END), new Held(D, "Myanmar", "2023-05-05", END),
                new Held(D, "Bahrain", "2023-07-15", END)));
    }

    @ParameterizedTest(name = "every day of {0} and the next year")
    @ValueSource(ints = {2004, 2022})
    void statuses_on_date_are_right_on_every_day(int year) {
        NamedQuery query = CATALOG.get("statuses-on-date");
        for (LocalDate day = LocalDate.of(year, 1, 1); day.isBefore(LocalDate.of(year + 2, 1, 1)); day = day.plusDays(1)) {
            Set<String> expected = new TreeSet<>();
            for (Held held : TRUTH) if (held.on(day)) expected.add(held.status() + ": " + held.name() + " (" + held.certainty(day) + ")");
            Set<String> answered = new TreeSet<>();
            QueryRunner.select(TestGraph.queryable(), query, Map.of("date", day.toString()), 30_000).forEachRemaining(row -> answered.add(
                    row.get("status").getLiteralLexicalForm() + ": " + row.get("name").getLiteralLexicalForm()
                            + " (" + row.get("certainty").getLiteralLexicalForm() + ")"));
            assertEquals(expected, answered, "on " + day);
        }
    }

    @ParameterizedTest(name = "every day of {0} and the next year")
    @ValueSource(ints = {2004, 2022})
    void members_observers_and_counts_on_date_are_right_on_every_day(int year) {
        NamedQuery members = CATALOG.get("members-on-date");
        NamedQuery counts = CATALOG.get("status-counts-on-date");
        for (LocalDate day = LocalDate.of(year, 1, 1); day.isBefore(LocalDate.of(year + 2, 1, 1)); day = day.plusDays(1)) {
            for (String[] role : new String[][] {{M, "MemberState"}, {O, "ObserverState"}}) {
                Set<String> expected = new TreeSet<>();
                for (Held held : TRUTH) if (held.status().equals(role[0]) && held.on(day)) expected.add(held.name() + " (" + held.certainty(day) + ")");
                Set<String> answered = new TreeSet<>();
                QueryRunner.select(TestGraph.queryable(), members, Map.of("date", day.toString(), "role", "https://w3id.org/sco-kg/ontology#" + role[1]), 30_000)
                        .forEachRemaining(row -> answered.add(row.get("name").getLiteralLexicalForm() + " (" + row.get("certainty").getLiteralLexicalForm() + ")"));
                assertEquals(expected, answered, role[1] + " on " + day);
            }
            Map<String, int[]> tally = new java.util.TreeMap<>();
            for (Held held : TRUTH) {
                String certainty = held.certainty(day);
                if (certainty != null) tally.computeIfAbsent(held.status(), status -> new int[2])[certainty.equals("certain") ? 0 : 1]++;
            }
            Map<String, String> expected = new java.util.TreeMap<>();
            tally.forEach((status, n) -> expected.put(status, n[0] + " certain, " + n[1] + " possibly"));
            Map<String, String> answered = new java.util.TreeMap<>();
            QueryRunner.select(TestGraph.queryable(), counts, Map.of("date", day.toString()), 30_000).forEachRemaining(row -> answered.put(
                    row.get("status").getLiteralLexicalForm(), row.get("states").getLiteralLexicalForm() + " certain, " + row.get("possibly").getLiteralLexicalForm() + " possibly"));
            assertEquals(expected, answered, "counts on " + day);
        }
    }
}
