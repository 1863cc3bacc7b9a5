package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The types under the default types, read from a graph's rdfs:subClassOf. */
class NarrowerTypesTest {
    private static final String ONTOLOGY = "https://w3id.org/sco-kg/ontology#";
    private static final Graph GRAPH = RDFParser.source(new ByteArrayInputStream("""
            PREFIX sco:  <https://w3id.org/sco-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            sco:Treaty rdfs:subClassOf sco:Instrument ; rdfs:label "treaty"@en , "договор"@ru , "条约"@zh .
            sco:Bilateral rdfs:subClassOf sco:Treaty ; rdfs:label "bilateral treaty"@en .
            sco:Unnamed rdfs:subClassOf sco:Instrument .
            sco:Loop rdfs:subClassOf sco:Instrument , sco:Round ; rdfs:label "loop"@en .
            sco:Round rdfs:subClassOf sco:Loop ; rdfs:label "round"@en .
            sco:Statement rdfs:label "statement"@en .
            sco:Charter rdfs:subClassOf sco:Instrument , sco:Accord ; rdfs:label "charter"@en .
            sco:Accord rdfs:subClassOf sco:Instrument , sco:Charter ; rdfs:label "accord"@en .
            <https://w3id.org/sco-kg/id/document/d> a sco:Instrument , sco:Treaty , sco:Statement .
            <https://w3id.org/sco-kg/id/document/both> a sco:Instrument , sco:Charter , sco:Accord .
            """.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
    private static final EntityIndex.Type INSTRUMENT = EntityIndex.type(ONTOLOGY + "Instrument", "instrument");

    private static NarrowerTypes read() {
        return NarrowerTypes.read(GRAPH, Map.of(NodeFactory.createURI(ONTOLOGY + "Instrument"), INSTRUMENT), Set.of(INSTRUMENT.id()));
    }

    @Test
    void every_labelled_class_under_a_default_type_follows_it_by_name_a_cycle_ending() {
        List<EntityIndex.Type> all = read().after(List.of(INSTRUMENT));
        assertEquals(List.of("instrument", "accord", "bilateral treaty", "charter", "loop", "round", "treaty"), all.stream().map(EntityIndex.Type::name).toList());
        EntityIndex.Type treaty = all.get(6);
        assertEquals(List.of("treaty", "договор", "条约"), treaty.words());
        assertEquals(Set.of(INSTRUMENT.id()), treaty.broader());
        assertEquals(Set.of(INSTRUMENT.id(), ONTOLOGY + "Treaty"), all.get(2).broader(), "transitively");
    }

    @Test
    void a_things_narrower_types_are_its_own_and_its_most_specific_types_drop_those_above() {
        Node document = NodeFactory.createURI("https://w3id.org/sco-kg/id/document/d");
        List<EntityIndex.Type> own = read().of(GRAPH, document);
        assertEquals(List.of(ONTOLOGY + "Treaty"), own.stream().map(EntityIndex.Type::id).toList(), "a class under no default type is none");
        List<EntityIndex.Type> types = new java.util.ArrayList<>(List.of(INSTRUMENT));
        types.addAll(own);
        EntityIndex.Entity entity = new EntityIndex.Entity("document/d", "d", types, List.of("d"), Set.of("d"), Map.of());
        assertEquals(own, entity.specificTypes());
        assertEquals("treaty", entity.description());
    }

    @Test
    void a_thing_of_two_classes_each_under_the_other_keeps_all_its_types_and_has_a_description() {
        Node both = NodeFactory.createURI("https://w3id.org/sco-kg/id/document/both");
        List<EntityIndex.Type> own = read().of(GRAPH, both);
        assertEquals(List.of(ONTOLOGY + "Accord", ONTOLOGY + "Charter"), own.stream().map(EntityIndex.Type::id).toList());
        assertEquals(Set.of(INSTRUMENT.id(), ONTOLOGY + "Charter"), own.get(0).broader(), "each is above the other");
        List<EntityIndex.Type> types = new java.util.ArrayList<>(List.of(INSTRUMENT));
        types.addAll(own);
        EntityIndex.Entity entity = new EntityIndex.Entity("document/both", "both", types, List.of("both"), Set.of("both"), Map.of());
        assertEquals(types, entity.specificTypes(), "none is left by the filter, so all are kept");
        assertEquals("instrument", entity.description());
    }
}
