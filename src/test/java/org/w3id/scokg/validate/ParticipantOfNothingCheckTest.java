package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/checks/participant-of-nothing-violation.rq} finds a participant given for an event
 * nothing in the data defines, a status for an act, or a threat or a norm for a statement (a key
 * of data/participations.csv, data/concerned_statuses.csv, data/addressed_threats.csv or
 * data/invoked_norms.csv written wrong: the checked references are the IRIs a row points to, not
 * its subject), and only that: an event defined in another graph than its participants' is not
 * found.
 */
class ParticipantOfNothingCheckTest {
    private static final String TRIG = """
            PREFIX sco:     <https://w3id.org/sco-kg/ontology#>
            PREFIX id:      <https://w3id.org/sco-kg/id/>
            GRAPH <https://w3id.org/sco-kg/graph/data> {
              id:event\\/tashkent-summit-2016 a sco:Summit ; sco:participant id:state\\/KZ, id:state\\/IN .
              id:event\\/tashkent-sumit-2016 sco:participant id:state\\/IN .
              id:event\\/astana-summit-2005 sco:participant id:state\\/MN .
              id:act\\/ufa-2015-status-decision a sco:StatusDecision ; sco:concernsStatus id:membership\\/SCO-AZ-DialoguePartner .
              id:act\\/ufa-2015-status-decisoin sco:concernsStatus id:membership\\/SCO-BY-ObserverState .
              id:statement\\/rats-2019-xiamen-cyber-exercise a sco:Statement ; sco:addresses id:threat\\/cyber-terrorism .
              id:statement\\/rats-2019-xiamen-cyber-exercize sco:addresses id:threat\\/terrorist-propaganda-and-recruitment .
              id:statement\\/code-2011-pledges a sco:Statement ; sco:invokes id:norm\\/un-central-role .
              id:statement\\/code-2011-pledge sco:invokes id:norm\\/responsible-state-behaviour .
            }
            GRAPH <https://w3id.org/sco-kg/graph/inferred> {
              id:event\\/astana-summit-2005 a sco:Event .
            }
            """;

    @Test
    void a_value_given_for_a_subject_nothing_defines_is_found() throws Exception {
        Map<String, String> found = new TreeMap<>();
        CheckRun.rows("participant-of-nothing-violation.rq", TRIG).forEach(row -> found.put(row.get("focus").getURI(), row.get("message").getLiteralLexicalForm()));
        assertEquals(Map.of("https://w3id.org/sco-kg/id/event/tashkent-sumit-2016",
                "has a participant (https://w3id.org/sco-kg/id/state/IN) but nothing in the data defines it",
                "https://w3id.org/sco-kg/id/act/ufa-2015-status-decisoin",
                "has a status it concerns (https://w3id.org/sco-kg/id/membership/SCO-BY-ObserverState) but nothing in the data defines it",
                "https://w3id.org/sco-kg/id/statement/rats-2019-xiamen-cyber-exercize",
                "has a threat it addresses (https://w3id.org/sco-kg/id/threat/terrorist-propaganda-and-recruitment) but nothing in the data defines it",
                "https://w3id.org/sco-kg/id/statement/code-2011-pledge",
                "has a norm it invokes (https://w3id.org/sco-kg/id/norm/responsible-state-behaviour) but nothing in the data defines it"), found);
    }
}
