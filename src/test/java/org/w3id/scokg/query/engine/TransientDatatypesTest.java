package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A datatype Jena does not know is one instance per IRI while anything holds it, as Jena's own
 * registry gives it, so literals of it compare as they did; and it is not kept once nothing does.
 */
class TransientDatatypesTest {
    @BeforeAll
    static void install() {
        TransientDatatypes.install();
    }

    @Test
    void an_unknown_datatype_is_one_instance_while_held_and_its_literals_compare_as_before() {
        String iri = "urn:x-test:held:" + java.util.UUID.randomUUID();
        RDFDatatype first = TypeMapper.getInstance().getSafeTypeByName(iri);
        assertSame(first, TypeMapper.getInstance().getSafeTypeByName(iri));
        Node a = NodeFactory.createLiteralDT("a", first);
        Node b = NodeFactory.createLiteralDT("a", TypeMapper.getInstance().getSafeTypeByName(iri));
        assertTrue(a.sameValueAs(b), "the same value, as with Jena's registry (a fresh instance each time made them differ)");
        assertEquals(a, b);
        String literal = "\"a\"^^<" + iri + ">";
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query(QueryFactory.create("ASK { FILTER(" + literal + " = " + literal + " && sameTerm(" + literal + ", " + literal + ")) }")).build()) {
            assertTrue(exec.ask());
        }
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query(QueryFactory.create("SELECT DISTINCT ?x { VALUES ?x { " + literal + " " + literal + " } }")).build()) {
            assertEquals(1, exec.select().rewindable().size());
        }
        // The registry's known datatypes are untouched; an unknown one is not registered.
        assertSame(TypeMapper.getInstance().getTypeByName("http://www.w3.org/2001/XMLSchema#integer"), TypeMapper.getInstance().getSafeTypeByName("http://www.w3.org/2001/XMLSchema#integer"));
        assertNull(TypeMapper.getInstance().getTypeByName(iri));
    }

    @Test
    void an_unknown_datatype_no_one_holds_is_freed() throws InterruptedException {
        WeakReference<RDFDatatype> made = new WeakReference<>(TypeMapper.getInstance().getSafeTypeByName("urn:x-test:dropped:" + java.util.UUID.randomUUID()));
        for (int i = 0; i < 50 && made.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(made.get(), "freed once nothing holds it: Jena's registry keeps it for the JVM's life");
    }
}
