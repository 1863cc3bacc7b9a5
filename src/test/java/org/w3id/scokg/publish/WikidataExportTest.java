package org.w3id.scokg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.LinkTargets;
import org.w3id.scokg.vocab.SCO;

class WikidataExportTest {
    /** The prefixes and base of the small graphs the tests below make, relative to sco-kg's things. */
    private static final String FIXTURE_PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX schema: <http://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX sco: <https://w3id.org/sco-kg/ontology#>
            BASE <https://w3id.org/sco-kg/id/>
            PREFIX wd: <http://www.wikidata.org/entity/>
            """;

    private static final List<String> LINES = new String(WikidataExport.quickStatements(TestGraph.real().union()), StandardCharsets.UTF_8).lines().toList();

    @Test
    void every_line_is_a_member_of_statement_with_a_start_time_and_a_reference_url() {
        assertFalse(LINES.isEmpty());
        for (String line : LINES) {
            assertTrue(line.matches("Q[1-9][0-9]*\tP463\tQ[1-9][0-9]*\tP580\t\\+[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|10|11)"
                    + "(\tP582\t\\+[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|10|11))?(\tP2868\tQ[1-9][0-9]*)?\tS854\t\"https?://[^\"\t|]+\"( /\\* sco-kg: [^*]+ \\*/)?"), line);
        }
    }

    /**
     * What the real graph does not have yet, on a graph of its own: an end time, a beginning known
     * to the month and an end known to the year (Wikidata's precisions 10 and 9), a status whose role
     * has a Wikidata item, written with P2868 "subject has role", and a state with two periods.
     */
    @Test
    void end_times_precisions_and_roles_are_written_in_wikidatas_pattern() {
        String turtle = """
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <http://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX sco: <https://w3id.org/sco-kg/ontology#>
                PREFIX state: <https://w3id.org/sco-kg/id/state/>
                PREFIX organization: <https://w3id.org/sco-kg/id/organization/>
                PREFIX membership: <https://w3id.org/sco-kg/id/membership/>
                PREFIX source: <https://w3id.org/sco-kg/id/source/>
                PREFIX wd: <http://www.wikidata.org/entity/>
                state:XA owl:sameAs wd:Q1001 .
                organization:XO owl:sameAs wd:Q1002 .
                sco:ObserverState owl:sameAs wd:Q1003 .
                membership:a a org:Membership ; org:member state:XA ; org:organization organization:XO ;
                    org:role sco:MemberState ; org:memberDuring membership:a-interval ; prov:wasDerivedFrom source:s .
                membership:a-interval time:hasBeginning [ time:inXSDgYearMonth "2004-06"^^xsd:gYearMonth ] ;
                    time:hasEnd [ time:inXSDgYear "2015"^^xsd:gYear ] .
                membership:b a org:Membership ; org:member state:XA ; org:organization organization:XO ;
                    org:role sco:ObserverState ; org:memberDuring membership:b-interval ; prov:wasDerivedFrom source:s .
                membership:b-interval time:hasBeginning [ time:inXSDDate "2001-06-15"^^xsd:date ] ; time:hasEnd [ time:inXSDgYearMonth "2004-06"^^xsd:gYearMonth ] .
                state:XB owl:sameAs wd:Q1004 .
                membership:c a org:Membership ; org:member state:XB ; org:organization organization:XO ;
                    org:role sco:ObserverState ; org:memberDuring membership:c-interval ; prov:wasDerivedFrom source:s .
                membership:c-interval time:hasBeginning [ time:inXSDDate "2010-01-02Z"^^xsd:date ] .
                source:s schema:url <https://example.org/source> .
                """;
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        List<String> lines = new String(WikidataExport.quickStatements(graph), StandardCharsets.UTF_8).lines().toList();
        // XA's two periods would be one statement in QuickStatements (a line adds to the statement of
        // the same item, property and value): only the latest is written (both were until a review on
        // 3 December 2026). XB's one period, an observer's, has its role; its date, with a time zone,
        // is a day.
        assertEquals(java.util.Set.of(
                "Q1001\tP463\tQ1002\tP580\t+2004-06-00T00:00:00Z/10\tP582\t+2015-00-00T00:00:00Z/9\tS854\t\"https://example.org/source\"",
                "Q1004\tP463\tQ1002\tP580\t+2010-01-02T00:00:00Z/11\tP2868\tQ1003\tS854\t\"https://example.org/source\""), java.util.Set.copyOf(lines));
        assertEquals(2, lines.size());
    }

    /**
     * The graph marks a Wikidata match it has not checked with {@code skos:exactMatch} (the Council of
     * Europe's to Q8908), which the linkset offered to Wikidata and the reconciliation service leave
     * out; a role's such match is no item of the role either, and its status is left out. Until a
     * review on 5 December 2026 it would have been written as P2868 (no role has a match yet).
     */
    @Test
    void a_status_whose_role_has_only_an_unverified_match_is_left_out() {
        String turtle = FIXTURE_PREFIXES + """
                <state/XA> owl:sameAs wd:Q1001 .
                <organization/XO> owl:sameAs wd:Q1002 .
                sco:DialoguePartner skos:exactMatch wd:Q1003 .
                <membership/a> a org:Membership ; org:member <state/XA> ; org:organization <organization/XO> ;
                    org:role sco:DialoguePartner ; org:memberDuring <membership/a-interval> ; prov:wasDerivedFrom <source/s> .
                <membership/a-interval> time:hasBeginning [ time:inXSDDate "2010-01-02"^^xsd:date ] .
                <source/s> schema:url <https://example.org/source> .
                """;
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        assertEquals("", new String(WikidataExport.quickStatements(graph), StandardCharsets.UTF_8));
    }

    @Test
    void russia_and_india_are_members_of_the_sco_from_their_days() {
        assertTrue(LINES.stream().anyMatch(l -> l.startsWith("Q159\tP463\tQ485207\tP580\t+2001-06-15T00:00:00Z/11\tS854\t")));
        assertTrue(LINES.stream().anyMatch(l -> l.startsWith("Q668\tP463\tQ485207\tP580\t+2017-06-09T00:00:00Z/11\tS854\t")));
        // The page that gives the day is among the references (a reference backs the qualifiers too):
        // India's first day is TASS's of that day, which the article cited for the membership does not give.
        assertTrue(LINES.stream().anyMatch(l -> l.startsWith("Q668\tP463\tQ485207\tP580\t+2017-06-09T00:00:00Z/11\tS854\t\"http://tass.com/world/950697\"")), LINES.toString());
    }

    /**
     * English Wikipedia deprecates Sputnik as a source, and a Wikidata editor may refuse a statement
     * that rests on it alone: Iran's first day did until a review on 4 December 2026.
     */
    @Test
    void no_statement_rests_on_sputnik_alone() {
        var references = LINES.stream().collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf("\tS854\t")), Collectors.mapping(l -> l.substring(l.indexOf("\tS854\t") + 6), Collectors.toList())));
        references.forEach((statement, urls) -> assertFalse(urls.stream().allMatch(u -> u.contains("sputnik")), statement + ": " + urls));
        assertTrue(references.get("Q794\tP463\tQ485207\tP580\t+2023-07-04T00:00:00Z/11").stream().anyMatch(u -> u.contains("devdiscourse.com")), references.toString());
    }

    /**
     * A line's items are the graph's own checked links, never an item made up or taken from
     * elsewhere: its subject is the Wikidata item a state of the graph is {@code owl:sameAs}, its
     * value the item of an organisation, as the linkset offered to Wikidata holds them.
     */
    @Test
    void every_item_a_line_names_is_one_a_state_or_organisation_of_the_graph_is_the_same_as() {
        org.apache.jena.graph.Graph union = TestGraph.real().union();
        Set<String> states = new TreeSet<>();
        Set<String> organisations = new TreeSet<>();
        union.find(Node.ANY, org.apache.jena.vocabulary.OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isURI() || !t.getObject().getURI().startsWith(LinkTargets.WIKIDATA.namespace)) return;
            String item = t.getObject().getURI().substring(LinkTargets.WIKIDATA.namespace.length());
            if (union.contains(t.getSubject(), RDF.type.asNode(), NodeFactory.createURI(SCO.NS + "State"))) states.add(item);
            if (union.contains(t.getSubject(), RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization"))) organisations.add(item);
        });
        for (String line : LINES) {
            String[] parts = line.split("\t");
            assertTrue(states.contains(parts[0]), line);
            assertTrue(organisations.contains(parts[2]), line);
            // A role's item (P2868) is one the ontology links its role to (none yet).
            int role = List.of(parts).indexOf("P2868");
            if (role > 0) assertTrue(union.contains(Node.ANY, Node.ANY, NodeFactory.createURI(LinkTargets.WIKIDATA.namespace + parts[role + 1])), line);
        }
    }

    /**
     * The data takes every state's Wikidata item but China's, and the SCO's, from curated third-party
     * lists that no one checked on a Wikidata page ({@code sco:confidence sco:SecondHand} on the
     * {@code owl:sameAs}). Each line of the real export names, in its edit summary, exactly the items
     * of its own that the data so marks, read here from the provenance graph directly; until a review
     * on 6 December 2026 no line said so.
     */
    @Test
    void every_line_names_in_its_summary_the_items_the_data_matched_second_hand() {
        org.apache.jena.graph.Graph union = TestGraph.real().union();
        Set<String> doubted = new TreeSet<>();
        union.find(Node.ANY, RDF.predicate.asNode(), org.apache.jena.vocabulary.OWL.sameAs.asNode()).forEachRemaining(t -> {
            Node statement = t.getSubject();
            boolean lessThanVerified = union.find(statement, SCO.confidence, Node.ANY).toList().stream().anyMatch(c -> !c.getObject().equals(SCO.Verified));
            union.find(statement, RDF.object.asNode(), Node.ANY).forEachRemaining(o -> {
                if (lessThanVerified && o.getObject().getURI().startsWith(LinkTargets.WIKIDATA.namespace)) doubted.add(o.getObject().getURI().substring(LinkTargets.WIKIDATA.namespace.length()));
            });
        });
        assertTrue(doubted.containsAll(Set.of("Q159", "Q485207")) && !doubted.contains("Q148"), doubted.toString());
        for (String line : LINES) {
            String[] parts = line.split("\t");
            List<String> items = java.util.stream.Stream.of(parts[0], parts[2]).filter(doubted::contains).toList();
            String summary = line.contains(" /* ") ? line.substring(line.indexOf(" /* ")) : "";
            assertEquals(items.isEmpty() ? "" : " /* sco-kg: " + WikidataExport.doubtedItems(items) + " */", summary, line);
        }
        // China's item is read on Wikidata's own page, Property talk:P497 (wikidata-property-talk-p497): only the SCO's is named.
        assertTrue(LINES.stream().anyMatch(l -> l.startsWith("Q148\t") && l.endsWith("/* sco-kg: " + WikidataExport.doubtedItems(List.of("Q485207")) + " */")), LINES.toString());
    }

    /** A day and an item the data doubts make one edit summary; a role's item matched second hand is named too. */
    @Test
    void a_doubted_day_and_doubted_items_make_one_summary() {
        String turtle = FIXTURE_PREFIXES + """
                <state/XA> owl:sameAs wd:Q1001 .
                <organization/XO> owl:sameAs wd:Q1002 .
                sco:ObserverState owl:sameAs wd:Q1003 .
                <assertion/a> rdf:subject <state/XA> ; rdf:predicate owl:sameAs ; rdf:object wd:Q1001 ; sco:confidence sco:SecondHand .
                <assertion/r> rdf:subject sco:ObserverState ; rdf:predicate owl:sameAs ; rdf:object wd:Q1003 ; sco:confidence sco:WellKnown .
                <assertion/o> rdf:subject <organization/XO> ; rdf:predicate owl:sameAs ; rdf:object wd:Q1002 ; sco:confidence sco:Verified .
                <membership/a> a org:Membership ; org:member <state/XA> ; org:organization <organization/XO> ;
                    org:role sco:ObserverState ; org:memberDuring <membership/a-interval> ; prov:wasDerivedFrom <source/member> .
                <membership/a-interval> time:hasBeginning <membership/a-beginning> .
                <membership/a-beginning> time:inXSDDate "2010-01-02"^^xsd:date .
                <assertion/d> rdf:subject <membership/a-beginning> ; rdf:predicate time:inXSDDate ; rdf:object "2010-01-02"^^xsd:date ;
                    sco:confidence sco:WellKnown .
                <source/member> schema:url <https://example.org/member> .
                """;
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        assertEquals(List.of("Q1001\tP463\tQ1002\tP580\t+2010-01-02T00:00:00Z/11\tP2868\tQ1003\tS854\t\"https://example.org/member\" /* "
                + WikidataExport.DOUBT + "; " + WikidataExport.doubtedItems(List.of("Q1001", "Q1003")) + " */"),
                new String(WikidataExport.quickStatements(graph), StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void a_status_other_than_member_is_left_out_while_its_role_has_no_wikidata_item() {
        // Mongolia (Q711) has only been an observer and an SCO partner: no line may claim it a member.
        assertTrue(LINES.stream().noneMatch(l -> l.startsWith("Q711\t")));
        // The Shanghai Five has no Wikidata item in the data, so its memberships cannot be written.
        assertTrue(LINES.stream().allMatch(l -> l.contains("\tP463\tQ485207\t")));
    }

    @Test
    void the_catalogue_lists_things_by_kind_and_key_with_a_name_and_description() throws IOException {
        String csv = new String(WikidataExport.mixnmatch(TestGraph.real().union()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("id,name,desc,type\r\n") && csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "RFC 4180: CRLF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertTrue(records.size() > 100, "states, organisations, places, instruments, events, threats, norms");
        for (CSVRecord record : records) {
            String id = record.get("id");
            assertTrue(id.matches(WikidataExport.ID_FORMAT), id);
            Node thing = NodeFactory.createURI(SCO.ID + id);
            assertTrue(TestGraph.real().union().contains(thing, RDF.type.asNode(), Node.ANY), id);
            assertFalse(record.get("name").isBlank(), id);
            assertFalse(record.get("desc").isBlank(), id);
        }
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("state/RU") && r.get("type").equals("Q3624078")));
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("organization/SCO") && r.get("type").equals("Q245065")));
        // Two forums are international organisations in the ontology but nothing makes them intergovernmental (a review, 2 December 2026).
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("organization/IGF") && r.get("type").isEmpty()));
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("organization/WIC") && r.get("type").isEmpty()));
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("organization/UN") && r.get("type").equals("Q245065")));
        // The one post, the UN Secretary-General (missing until a review on 3 December 2026).
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("organization/UNSG") && r.get("type").isEmpty()), csv);
        assertEquals(records.size(), records.stream().map(r -> r.get("id")).distinct().count(), "one row per thing");
    }

    @Test
    void the_identifier_format_takes_the_keys_as_published_and_not_their_misspellings() {
        for (String id : List.of("state/RU", "organization/SCO", "document/A-66-359", "membership/SCO-IN-MemberState", "excerpt/cyberdiplomat-sco-cyber-norms-530-742")) {
            assertTrue(id.matches(WikidataExport.ID_FORMAT), id);
        }
        // A review of 4 December 2026 found each of these taken; each is a 404.
        for (String id : List.of("state/ru", "state/RU~", "state/A.", "document/A-66-359.", "document/A-66-359-", "assertion/0123456789abcdef", "state/RUS")) {
            assertFalse(id.matches(WikidataExport.ID_FORMAT), id);
        }
    }

    /**
     * The proposed property is offered for every kind of thing the graph names, not only the
     * catalogue's (its description names statements, positions, memberships, sources, excerpts and
     * acts too): its format takes the key of every IRI under id/ that the graph holds, as subject or
     * object, but the reifications (id/assertion/...), which are no kind of the property's, and the
     * part after # of an excerpt's selectors (#quote, #position), which is no key.
     */
    @Test
    void the_identifier_format_takes_the_key_of_every_thing_the_graph_names() {
        Set<String> keys = new TreeSet<>();
        TestGraph.real().union().find().forEachRemaining(t -> {
            for (Node node : List.of(t.getSubject(), t.getObject())) {
                if (!node.isURI() || !node.getURI().startsWith(SCO.ID)) continue;
                String key = node.getURI().substring(SCO.ID.length()).replaceFirst("#.*", "");
                if (!key.startsWith("assertion/")) keys.add(key);
            }
        });
        Set<String> kinds = keys.stream().map(k -> k.substring(0, k.indexOf('/') + 1)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("act/", "document/", "event/", "excerpt/", "membership/", "norm/", "organization/", "place/", "position/", "source/", "state/",
                "statement/", "threat/"), kinds, "the kinds of things under id/");
        assertTrue(keys.size() > 800, keys.size() + " keys");
        for (String key : keys) {
            assertTrue(key.matches(WikidataExport.ID_FORMAT), key);
        }
    }

    /**
     * The format the README proposes to Wikidata is the one the code checks the keys against (the
     * README's table escapes each | as \|, which Markdown shows as |).
     */
    @Test
    void the_readme_proposes_the_format_the_code_checks() throws IOException {
        List<String> rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| format (regex) | `")).toList();
        assertEquals(1, rows.size(), "the README's row of the proposed property's format");
        String proposed = rows.get(0).substring("| format (regex) | `".length(), rows.get(0).lastIndexOf("` |")).replace("\\|", "|");
        assertEquals(WikidataExport.ID_FORMAT, proposed);
    }

    /** Each line's references give its days (a reference backs the qualifiers), and a day the data trusts less says so in the line's edit summary. */
    @Test
    void a_line_cites_the_pages_that_give_its_days_and_names_a_day_the_data_doubts() {
        // The founders' day, 2001-06-15, is not in the article that says "established in 2001": it stood under it until a review on 4 December 2026.
        List<String> russia = LINES.stream().filter(l -> l.startsWith("Q159\t")).toList();
        assertFalse(russia.isEmpty());
        assertTrue(russia.stream().noneMatch(l -> l.contains("thecyberdiplomat.com")), russia.toString());
        String turtle = FIXTURE_PREFIXES + """
                <state/XA> owl:sameAs wd:Q1001 .
                <organization/XO> owl:sameAs wd:Q1002 .
                <membership/a> a org:Membership ; org:member <state/XA> ; org:organization <organization/XO> ;
                    org:role sco:MemberState ; org:memberDuring <membership/a-interval> ; prov:wasDerivedFrom <source/member> .
                <membership/a-interval> time:hasBeginning <membership/a-beginning> .
                <membership/a-beginning> time:inXSDDate "2010-01-02"^^xsd:date .
                <assertion/1> rdf:subject <membership/a-beginning> ; rdf:predicate time:inXSDDate ; rdf:object "2010-01-02"^^xsd:date ;
                    prov:wasDerivedFrom <source/day> ; sco:confidence sco:WellKnown .
                <source/member> schema:url <https://example.org/member> .
                <source/day> schema:url <https://example.org/day> .
                """;
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        List<String> lines = new String(WikidataExport.quickStatements(graph), StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("Q1001\tP463\tQ1002\tP580\t+2010-01-02T00:00:00Z/11\tS854\t\"https://example.org/day\" /* " + WikidataExport.DOUBT + " */"), lines);
    }

    @Test
    void the_catalogue_lists_every_thing_of_the_kinds_it_names_expert_meetings_included() throws IOException {
        // A review on 3 December 2026: the three meetings of the SCO Expert Group, of a class of event
        // (sco:ExpertMeeting) the catalogue's query did not name, were missing from it.
        String csv = new String(WikidataExport.mixnmatch(TestGraph.real().union()), StandardCharsets.UTF_8);
        Set<String> listed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords().stream()
                .map(r -> r.get("id")).collect(Collectors.toSet());
        Set<String> things = new TreeSet<>();
        for (String kind : List.of("State", "InternationalOrganization", "Body", "ActorGroup", "Place", "Instrument", "Event", "Threat", "Norm")) {
            TestGraph.real().union().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SCO.NS + kind)).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SCO.ID)) things.add(t.getSubject().getURI().substring(SCO.ID.length()));
            });
        }
        assertTrue(things.contains("event/expert-group-moscow-2019"), things.toString());
        assertEquals(Set.of(), things.stream().filter(id -> !listed.contains(id)).collect(Collectors.toSet()));
    }
}
