package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * A note ({@code skos:editorialNote}) is sco-kg's own statement, credited to source/sco-kg alone,
 * unless its row names a source of its own for it ({@code note_source}): then that source is its
 * support, as for any other column (issue 12; until 5 December 2026 every note was sco-kg's,
 * also those that stated outside facts).
 */
class NoteSourcesTest {
    private static final Node EDITORIAL_NOTE = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#editorialNote");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node HAS_SOURCE = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSource");

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    private static final String MONTH = "(" + String.join("|", MONTHS) + ")";
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "5 July 2005", and both days of "3–4 July 2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:[–-](\\d{1,2}))? " + MONTH + " (\\d{4})\\b");
    /** "July 5, 2005", as a source the note quotes writes it. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}), (\\d{4})\\b");
    /** The day of one of sco-kg's reviews, the data's own history: "until a review on 5 December 2026". */
    private static final Pattern REVIEW_DAY = Pattern.compile("a review on \\d{1,2} " + MONTH + " \\d{4}");

    /** A row with a note, and the note's triples in graph/data (the thing the row is about, the note's text at its end). */
    private record Noted(Table.Row row, List<Triple> triples) {}

    static List<Table> tables() throws IOException {
        Path data = ProjectCopy.ROOT.resolve("data");
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted()
                    .map(p -> Table.read(p, "data/" + p.getFileName())).toList();
        }
    }

    private static List<Noted> notedRows() throws IOException {
        Graph data = TestGraph.real().data();
        List<Noted> noted = new ArrayList<>();
        for (Table table : tables()) {
            for (Table.Row row : table.rows()) {
                String note = row.get("note");
                if (note == null) continue;
                String thing = "/" + row.get(table.header().get(0));
                List<Triple> triples = data.find(Node.ANY, EDITORIAL_NOTE, Node.ANY)
                        .filterKeep(t -> t.getSubject().getURI().endsWith(thing) && t.getObject().getLiteralLexicalForm().endsWith(note))
                        .toList();
                noted.add(new Noted(row, triples));
            }
        }
        return noted;
    }

    /** The keys of the sources a triple of graph/data is derived from, an excerpt counted as its source. */
    private static Set<String> sourceKeys(Triple triple) {
        return sourceKeys(TestGraph.real().provenance(), triple);
    }

    private static Set<String> sourceKeys(Graph provenance, Triple triple) {
        Set<String> keys = new TreeSet<>();
        provenance.find(Node.ANY, RDF.subject.asNode(), triple.getSubject()).forEachRemaining(s -> {
            Node statement = s.getSubject();
            if (!provenance.contains(statement, RDF.predicate.asNode(), triple.getPredicate())
                    || !provenance.contains(statement, RDF.object.asNode(), triple.getObject())) return;
            provenance.find(statement, DERIVED_FROM, Node.ANY).forEachRemaining(d -> {
                Node source = d.getObject();
                if (provenance.contains(source, HAS_SOURCE, Node.ANY)) source = provenance.find(source, HAS_SOURCE, Node.ANY).next().getObject();
                keys.add(source.getURI().substring((SCO.ID + "source/").length()));
            });
        });
        return keys;
    }

    @Test
    void a_note_with_note_source_cites_that_source_and_one_without_cites_sco_kg_alone() throws IOException {
        Set<String> wrong = new TreeSet<>();
        int cited = 0;
        for (Noted noted : notedRows()) {
            String keys = noted.row().get("note_source");
            Set<String> expected = keys == null ? Set.of("sco-kg") : Arrays.stream(keys.split("\\s*;\\s*")).collect(Collectors.toSet());
            if (keys != null) cited++;
            if (noted.triples().isEmpty()) wrong.add(noted.row().at("note") + ": no skos:editorialNote ends with the note");
            for (Triple t : noted.triples()) {
                if (!sourceKeys(t).equals(expected)) wrong.add(noted.row().at("note") + ": " + sourceKeys(t) + ", not " + expected);
            }
        }
        assertEquals(Set.of(), wrong);
        assertTrue(cited > 0, "some notes cite a source of their own");
    }

    @Test
    void the_tianjin_summits_documents_rest_on_the_report_that_counts_them() {
        Node tianjin = NodeFactory.createURI(SCO.ID + "event/tianjin-summit-2025");
        Triple note = TestGraph.real().data().find(tianjin, EDITORIAL_NOTE, Node.ANY).next();
        assertTrue(note.getObject().getLiteralLexicalForm().contains("24 other documents"));
        assertEquals(Set.of("newscentralasia-tianjin"), sourceKeys(note));
    }

    @Test
    void a_names_note_begins_with_its_names_and_is_sco_kgs_own() {
        Node sco = NodeFactory.createURI(SCO.ID + "organization/SCO");
        Triple note = Triple.create(sco, EDITORIAL_NOTE, NodeFactory.createLiteralLang("“ШОС”: The abbreviation of the Russian name in the infobox.", "en"));
        assertEquals(Set.of("sco-kg"), sourceKeys(note));
    }

    /** The days a text writes, as YYYY-MM-DD, in the three ways the notes write them; a review's day is not read. */
    static Set<String> days(String text) {
        String read = REVIEW_DAY.matcher(text).replaceAll("");
        Set<String> days = new TreeSet<>();
        Matcher iso = ISO_DAY.matcher(read);
        while (iso.find()) days.add(iso.group());
        Matcher dmy = DAY_MONTH_YEAR.matcher(read);
        while (dmy.find()) {
            days.add(day(dmy.group(4), dmy.group(3), dmy.group(1)));
            if (dmy.group(2) != null) days.add(day(dmy.group(4), dmy.group(3), dmy.group(2)));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(read);
        while (mdy.find()) days.add(day(mdy.group(3), mdy.group(1), mdy.group(2)));
        return days;
    }

    private static String day(String year, String month, String day) {
        return String.format("%s-%02d-%02d", year, MONTHS.indexOf(month) + 1, Integer.parseInt(day));
    }

    @Test
    void a_day_is_read_as_the_notes_write_it_and_a_reviews_day_is_not() {
        assertEquals(Set.of("2024-07-03", "2024-07-04", "2005-07-05", "2017-06-09"),
                days("Held on 3–4 July 2024 (until a review on 5 December 2026 the first day was marked well known); "
                        + "the Council met “in Astana on July 5, 2005”; admitted on 2017-06-09."));
    }

    /**
     * The rule of the README's "Notes": a note of sco-kg's own (no note_source) may write a day only
     * if the data holds that day in a cell of some table (where it has a source of its own), or as
     * the day of one of sco-kg's reviews ("a review on 5 December 2026"). A day no cell holds is an
     * outside fact: it needs note_source. Counts, article numbers and other facts without a day are
     * left to the audit (issue 12): no mechanical rule tells a count a source states from one it does not.
     */
    @Test
    void a_note_of_sco_kgs_own_writes_no_day_the_data_does_not_hold() throws IOException {
        Set<String> held = new TreeSet<>();
        for (Table table : tables()) {
            for (Table.Row row : table.rows()) {
                row.cells().forEach((column, value) -> {
                    if (Citations.isProvenance(column) || column.equals("note")) return;
                    for (String part : value.split("\\s*;\\s*")) {
                        if (ISO_DAY.matcher(part).matches()) held.add(part);
                    }
                });
            }
        }
        Set<String> unheld = new TreeSet<>();
        int withDays = 0;
        for (Table table : tables()) {
            for (Table.Row row : table.rows()) {
                String note = row.get("note");
                if (note == null || row.get("note_source") != null) continue;
                Set<String> days = days(note);
                if (!days.isEmpty()) withDays++;
                days.removeAll(held);
                if (!days.isEmpty()) unheld.add(row.at("note") + ": " + days);
            }
        }
        assertEquals(Set.of(), unheld, "days the data does not hold, in notes without note_source");
        assertTrue(withDays > 0, "the rule reads some notes");
    }

    /**
     * A note_quote is a sentence of the note's first source, located in its text like every quote:
     * the note then cites the excerpt. No note of the data quotes one yet (the sources of the notes
     * given a note_source on 5 December 2026 have no text in the repository), so a copy of the
     * project gives the Beijing meeting's note the article's words it speaks of.
     */
    @Test
    void a_note_quote_is_located_in_its_source_and_the_note_cites_the_excerpt(@TempDir Path temp) throws IOException {
        Path project = ProjectCopy.into(temp);
        String quote = "the meeting of the SCO in 2018, held in Beijing";
        Path events = project.resolve("data/events.csv");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(Files.newBufferedReader(events)).getRecords();
        List<String> header = new ArrayList<>(records.get(0).toList());
        header.add("note_quote");
        StringBuilder text = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            out.printRecord(header);
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = new ArrayList<>(record.toList());
                boolean beijing = cells.get(0).equals("beijing-security-secretaries-2018");
                if (beijing) cells.set(header.indexOf("note_source"), "cyberdiplomat-sco-cyber-norms");
                cells.add(beijing ? quote : "");
                out.printRecord(cells);
            }
        }
        Files.writeString(events, text);

        KnowledgeGraph built = GraphBuilder.build(project);
        Node meeting = NodeFactory.createURI(SCO.ID + "event/beijing-security-secretaries-2018");
        // The event has a second note, of its Chinese name in names.csv, which stays sco-kg's.
        Triple note = built.data().find(meeting, EDITORIAL_NOTE, Node.ANY)
                .filterKeep(t -> t.getObject().getLiteralLexicalForm().startsWith("The article speaks of")).next();
        assertEquals(Set.of("cyberdiplomat-sco-cyber-norms"), sourceKeys(built.provenance(), note));
        Set<String> exact = new TreeSet<>();
        built.provenance().find(Node.ANY, RDF.subject.asNode(), meeting).forEachRemaining(s -> {
            if (!built.provenance().contains(s.getSubject(), RDF.object.asNode(), note.getObject())) return;
            built.provenance().find(s.getSubject(), DERIVED_FROM, Node.ANY).forEachRemaining(d -> built.provenance()
                    .find(NodeFactory.createURI(d.getObject().getURI() + "#quote"), NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY)
                    .forEachRemaining(e -> exact.add(e.getObject().getLiteralLexicalForm())));
        });
        assertEquals(Set.of(quote), exact, "the note cites the excerpt of its quote");
    }
}
