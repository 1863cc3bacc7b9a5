package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * A day rests on pages that give it. A source record's note says so where its page gives a year, a
 * summit or a count but no day ("It gives the year, not the day", "it gives no day"); such a page
 * may stand under a day only where the day is marked {@code sco:WellKnown}, read into the pages
 * rather than stated by them.
 */
class DaySourcesTest {
    /** The wording the records' notes use for a page without the day (6 December 2026: eleven records). */
    private static final String NO_DAY = "gives no day|not (its|the) day|does not give the day";

    private static final String UNMARKED_DAYS_ON_PAGES_WITHOUT_ONE = """
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX oa:     <http://www.w3.org/ns/oa#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX sco:    <https://w3id.org/sco-kg/ontology#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            SELECT ?s ?p ?o ?source WHERE {
              GRAPH <https://w3id.org/sco-kg/graph/provenance> {
                ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?cited .
                FILTER(DATATYPE(?o) = xsd:date)
                FILTER NOT EXISTS { ?statement sco:confidence sco:WellKnown }
                OPTIONAL { ?cited oa:hasSource ?quoted }
              }
              BIND(COALESCE(?quoted, ?cited) AS ?source)
              GRAPH ?g { ?source skos:editorialNote ?note }
              FILTER(REGEX(?note, ?noDay))
            }""";

    private static final String RECORDS_WITHOUT_A_DAY = """
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX sco:    <https://w3id.org/sco-kg/ontology#>
            SELECT ?source WHERE { GRAPH ?g { ?source a sco:Source ; skos:editorialNote ?note } FILTER(REGEX(?note, ?noDay)) }""";

    @Test
    void a_page_whose_record_says_it_gives_no_day_stands_under_no_day_unless_marked_well_known() {
        Set<String> unmarked = new TreeSet<>();
        QueryExec.dataset(TestGraph.queryable()).query(UNMARKED_DAYS_ON_PAGES_WITHOUT_ONE)
                .substitution("noDay", org.apache.jena.graph.NodeFactory.createLiteralString(NO_DAY)).select()
                .forEachRemaining(row -> unmarked.add(row.get("s") + " " + row.get("p") + " " + row.get("o") + " on " + row.get("source")));
        // Until 6 December 2026 the Tianjin decision's day stood on TASS's count of 4 September, which gives no day.
        assertEquals(Set.of(), unmarked);
    }

    @Test
    void the_records_notes_still_say_which_pages_give_no_day() {
        // The check above reads the notes' wording: if that wording changed, it would find nothing and pass.
        Set<String> records = new TreeSet<>();
        QueryExec.dataset(TestGraph.queryable()).query(RECORDS_WITHOUT_A_DAY)
                .substitution("noDay", org.apache.jena.graph.NodeFactory.createLiteralString(NO_DAY)).select()
                .forEachRemaining(row -> records.add(row.get("source").getURI()));
        assertTrue(records.size() >= 11, "records whose note says the page gives no day: " + records);
        assertTrue(records.stream().anyMatch(r -> r.endsWith("/source/tass-2012137")), records.toString());
    }

    /** Every page under a day not marked well known, with the sentences its record or excerpt quotes. */
    private static final String PAGES_UNDER_DAYS = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sco:  <https://w3id.org/sco-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?s ?p ?o ?source ?text ?dated WHERE {
              GRAPH <https://w3id.org/sco-kg/graph/data> { ?s ?p ?o FILTER(isLiteral(?o) && DATATYPE(?o) = xsd:date) }
              GRAPH <https://w3id.org/sco-kg/graph/provenance> {
                ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?source .
                FILTER NOT EXISTS { ?statement sco:confidence sco:WellKnown }
                OPTIONAL { { ?source oa:hasSelector/oa:exact ?text } UNION { ?source skos:editorialNote ?text } }
                OPTIONAL { ?source dcterms:date ?dated }
              }
            }""";

    /**
     * Pages that stand under a day their quoted sentences do not write, each judged and said why (6 December 2026). Keep
     * it short: a page that states another fact of the row only gets that column's source, not the day's.
     */
    private static final Set<String> JUDGED = Set.of(
            // The UN's records of the two letters, the documents themselves, dated so; their pages are not stored, and the
            // submissions are dated by the letters' titles ("Letter dated 9 January 2015"), the issues by Open Effect.
            "act/A-69-723-submission date 2015-01-09 on source/un-a-69-723",
            "document/A-66-359 issued 2011-09-14 on source/un-a-66-359",
            "document/A-69-723 issued 2015-01-13 on source/un-a-69-723",
            // The Kremlin's page of the summit, headed by its record "Astana, 9 June 2017" and dated so.
            "act/sco-convention-extremism-2017-signing date 2017-06-09 on source/kremlin-54736",
            // India's Foreign Secretary, "Iran is now a member", in Devdiscourse's report of 4 July 2023, the day of the summit.
            "membership/SCO-IR-MemberState#beginning inXSDDate 2023-07-04 on source/devdiscourse-kwatra-2023",
            // China.org.cn's preview places the one-day summit on "Tuesday"; the declaration's text gives the day, 5 July 2005,
            // a Tuesday (StatementSourcesTest.the_astana_observers_day_rests_on_the_report_of_the_grant_not_on_the_advance_report).
            "act/astana-2005-observer-decision date 2005-07-05 on source/chinaorg-astana-2005-preview",
            "membership/SCO-IN-ObserverState#beginning inXSDDate 2005-07-05 on source/chinaorg-astana-2005-preview",
            "membership/SCO-PK-ObserverState#beginning inXSDDate 2005-07-05 on source/chinaorg-astana-2005-preview",
            "membership/SCO-IR-ObserverState#beginning inXSDDate 2005-07-05 on source/chinaorg-astana-2005-preview");

    @Test
    void every_page_under_a_day_writes_the_day_or_is_judged() {
        // StatementSourcesTest.a_day_rests_on_a_sentence_a_reader_can_check asks that some page of a day write it; this asks
        // it of each page. Until 6 December 2026 the Tianjin decision's day stood on TASS's count of 4 September too.
        Map<String, Boolean> pages = new TreeMap<>();
        QueryExec.dataset(TestGraph.queryable()).query(PAGES_UNDER_DAYS).select().forEachRemaining(row -> {
            String key = row.get("s").getURI().substring(SCO.ID.length()) + " " + row.get("p").getLocalName() + " "
                    + row.get("o").getLiteralLexicalForm() + " on " + row.get("source").getURI().substring(SCO.ID.length());
            String pageYear = row.get("dated") == null ? null : row.get("dated").getLiteralLexicalForm().substring(0, 4);
            boolean writes = row.get("text") != null && WrittenDates.statesDay(row.get("text").getLiteralLexicalForm(),
                    LocalDate.parse(row.get("o").getLiteralLexicalForm()), pageYear);
            pages.merge(key, writes, Boolean::logicalOr);
        });
        assertTrue(pages.size() > 100, "the pages under days are asked about: " + pages.size());
        Set<String> unwritten = new TreeSet<>();
        pages.forEach((page, writes) -> {
            if (!writes) unwritten.add(page);
        });
        assertEquals(new TreeSet<>(JUDGED), unwritten, "pages under a day their sentences do not write, and not marked W");
    }
}
