package org.w3id.scokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.engine.SparqlEngine;

/** A date known only to its year or month is some day of it, never its first day. */
class DatePrecisionTest {
    /** A year or month made into a day by appending a month and day, or a day: "1 January". */
    private static final Pattern FIRST_DAY = Pattern.compile("\"-0?1(-0?1)?\"|CONCAT\\([^)]*STR\\([^)]*\\)\\s*,\\s*\"-\\d");

    @Test
    void no_query_reads_a_year_or_month_as_its_first_day() throws IOException {
        List<String> offending = new ArrayList<>();
        // The project's queries, and those the server runs itself (pages, pictures, reconciliation).
        for (String folder : List.of("queries", "data", "ontology", "src/main/resources")) {
            try (Stream<Path> files = Files.walk(ProjectCopy.ROOT.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                    if (FIRST_DAY.matcher(Files.readString(file)).find()) offending.add(ProjectCopy.ROOT.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void a_status_known_to_its_year_or_month_is_possible_on_its_days_but_the_last_and_certain_after(@TempDir Path temp) throws IOException {
        Path project = ProjectCopy.into(temp.resolve("project"));
        Path memberships = project.resolve("data/memberships.csv");
        String table = Files.readString(memberships);
        // As release 0.1.0 had it: Mongolia an observer from "2004"; and Turkey a partner from "2012-06"; its
        // status ended (exclusive) on some day of September 2025 rather than on the 1st.
        table = table.replace("SCO,MN,ObserverState,2004-06-17", "SCO,MN,ObserverState,2004")
                .replace("SCO,TR,DialoguePartner,2012-06-07,2025-09-01", "SCO,TR,DialoguePartner,2012-06,2025-09");
        Files.writeString(memberships, table);
        DatasetGraph data = SparqlEngine.copyForQueries(GraphBuilder.build(project));
        NamedQuery members = new QueryCatalog(new ProjectLayout(project)).get("members-on-date");
        String observer = "https://w3id.org/sco-kg/ontology#ObserverState";
        String partner = "https://w3id.org/sco-kg/ontology#DialoguePartner";
        assertEquals("none", certainty(data, members, "2003-12-31", observer, "Mongolia"));
        // Some day of 2004 is the first: possible on every day before the last, and on 31 December surely begun.
        for (LocalDate day = LocalDate.of(2004, 1, 1); day.isBefore(LocalDate.of(2004, 12, 31)); day = day.plusDays(1)) {
            assertEquals("possible", certainty(data, members, day.toString(), observer, "Mongolia"), "on " + day);
        }
        assertEquals("certain", certainty(data, members, "2004-12-31", observer, "Mongolia"));
        assertEquals("certain", certainty(data, members, "2005-01-01", observer, "Mongolia"));
        assertEquals("none", certainty(data, members, "2012-05-31", partner, "Turkey"));
        assertEquals("possible", certainty(data, members, "2012-06-01", partner, "Turkey"));
        assertEquals("possible", certainty(data, members, "2012-06-29", partner, "Turkey"));
        assertEquals("certain", certainty(data, members, "2012-06-30", partner, "Turkey"));
        assertEquals("certain", certainty(data, members, "2012-07-01", partner, "Turkey"));
        // Ended on some day of September 2025 (exclusive): certain before it, possible on its days but the
        // last, and surely over on the 30th.
        assertEquals("certain", certainty(data, members, "2025-08-31", partner, "Turkey"));
        assertEquals("possible", certainty(data, members, "2025-09-01", partner, "Turkey"));
        assertEquals("possible", certainty(data, members, "2025-09-29", partner, "Turkey"));
        assertEquals("none", certainty(data, members, "2025-09-30", partner, "Turkey"));
        // A change known to its month is surely in a period that holds the whole month, possibly in one that
        // holds part of it.
        NamedQuery changes = new QueryCatalog(new ProjectLayout(project)).get("changes-between");
        assertEquals("certain", change(data, changes, "2012-06-01", "2012-06-30", "Turkey"));
        assertEquals("certain", change(data, changes, "2012-05-31", "2012-07-01", "Turkey"));
        assertEquals("possible", change(data, changes, "2012-06-02", "2012-06-30", "Turkey"));
        assertEquals("possible", change(data, changes, "2012-06-01", "2012-06-29", "Turkey"));
        assertEquals("none", change(data, changes, "2012-07-01", "2012-12-31", "Turkey"));
        NamedQuery counts = new QueryCatalog(new ProjectLayout(project)).get("status-counts-on-date");
        List<String> rows = new ArrayList<>();
        QueryRunner.select(data, counts, Map.of("date", "2004-03-01"), 30_000).forEachRemaining(r -> rows.add(
                r.get("status").getLiteralLexicalForm() + " " + r.get("states").getLiteralLexicalForm() + "+" + r.get("possibly").getLiteralLexicalForm()));
        assertEquals(List.of("member state 6+0", "observer state 0+1"), rows, "Mongolia counted apart, as possible");
        assertFalse(rows.isEmpty());
    }

    /** The certainty of the beginning of {@code name}'s dialogue partnership in changes-between, or "none". */
    private static String change(DatasetGraph data, NamedQuery query, String from, String to, String name) {
        String[] found = {"none"};
        QueryRunner.select(data, query, Map.of("from", from, "to", to), 30_000).forEachRemaining(r -> {
            if (r.get("name").getLiteralLexicalForm().equals(name) && r.get("change").getLiteralLexicalForm().equals("began")
                    && r.get("status").getLiteralLexicalForm().equals("dialogue partner")) {
                found[0] = r.get("certainty").getLiteralLexicalForm();
            }
        });
        return found[0];
    }

    private static String certainty(DatasetGraph data, NamedQuery query, String day, String role, String name) {
        String[] found = {"none"};
        QueryRunner.select(data, query, Map.of("date", day, "role", role), 30_000).forEachRemaining(r -> {
            if (r.get("name").getLiteralLexicalForm().equals(name)) found[0] = r.get("certainty").getLiteralLexicalForm();
        });
        return found[0];
    }
}
