package org.w3id.scokg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.SCO;

class WikidataExportTest {
    private static final List<String> LINES = new String(WikidataExport.quickStatements(TestGraph.real().union()), StandardCharsets.UTF_8).lines().toList();

    @Test
    void every_line_is_a_member_of_statement_with_a_start_time_and_a_reference_url() {
        assertFalse(LINES.isEmpty());
        for (String line : LINES) {
            assertTrue(line.matches("Q[1-9][0-9]*\tP463\tQ[1-9][0-9]*\tP580\t\\+[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|11)"
                    + "(\tP582\t\\+[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|11))?(\tP2868\tQ[1-9][0-9]*)?\tS854\t\"https?://[^\"]+\""), line);
        }
    }

    @Test
    void russia_and_india_are_members_of_the_sco_from_their_days() {
        assertTrue(LINES.stream().anyMatch(l -> l.startsWith("Q159\tP463\tQ485207\tP580\t+2001-06-15T00:00:00Z/11\tS854\t")));
        assertTrue(LINES.stream().anyMatch(l -> l.startsWith("Q668\tP463\tQ485207\tP580\t+2017-06-09T00:00:00Z/11\tS854\t")));
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
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertTrue(records.size() > 100, "states, organisations, places, instruments, events, threats, norms");
        for (CSVRecord record : records) {
            String id = record.get("id");
            assertTrue(id.matches(WikidataExport.ID_FORMAT), id);
            Node thing = NodeFactory.createURI(SCO.ID + id);
            assertTrue(TestGraph.real().union().contains(thing, RDF.type.asNode(), Node.ANY), id);
            assertFalse(record.get("name").isBlank(), id);
            assertFalse(record.get("description").isBlank(), id);
        }
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("state/RU") && r.get("type").equals("Q3624078")));
        assertTrue(records.stream().anyMatch(r -> r.get("id").equals("organization/SCO") && r.get("type").equals("Q245065")));
        assertEquals(records.size(), records.stream().map(r -> r.get("id")).distinct().count(), "one row per thing");
    }
}
