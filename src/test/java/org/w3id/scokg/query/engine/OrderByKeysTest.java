package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.ExprUtils;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;

/** ORDER BY with keys evaluated once orders solutions exactly as Jena's own comparator does. */
class OrderByKeysTest {
    private static final Var A = Var.alloc("a");
    private static final Var B = Var.alloc("b");
    /** Sorts between a and b by name; never a sort key below, so it only breaks ties. */
    private static final Var AB = Var.alloc("ab");

    /** Values of every kind SPARQL orders, with duplicates, so that ties and the tie-break happen. */
    private static final List<Node> VALUES = List.of(
            NodeFactory.createURI("https://w3id.org/sco-kg/id/state/CN"),
            NodeFactory.createURI("https://w3id.org/sco-kg/id/state/RU"),
            NodeFactory.createBlankNode("b1"),
            NodeFactory.createLiteralString("China"),
            NodeFactory.createLiteralString("china"),
            NodeFactory.createLiteralLang("Китай", "ru"),
            NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("10", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("2.5", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralDT("2001-06-15", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("2001", XSDDatatype.XSDgYear),
            NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

    private static List<Binding> solutions(Random random, int count) {
        List<Binding> solutions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BindingBuilder row = BindingBuilder.create();
            if (random.nextInt(6) > 0) row.add(A, VALUES.get(random.nextInt(VALUES.size())));
            if (random.nextInt(6) > 0) row.add(B, VALUES.get(random.nextInt(VALUES.size())));
            if (random.nextBoolean()) row.add(AB, VALUES.get(random.nextInt(VALUES.size())));
            solutions.add(row.build());
        }
        return solutions;
    }

    private static SortCondition condition(String expression, int direction) {
        return new SortCondition(ExprUtils.parse(expression), direction);
    }

    @Test
    void orders_every_kind_of_value_as_jena_does_ascending_descending_unbound_and_in_error() {
        List<List<SortCondition>> orders = List.of(
                List.of(condition("?a", Query.ORDER_DEFAULT)),
                List.of(condition("STR(?a)", Query.ORDER_ASCENDING), condition("?b", Query.ORDER_DESCENDING)),
                List.of(condition("<http://www.w3.org/2001/XMLSchema#integer>(?a)", Query.ORDER_DESCENDING)),
                List.of(condition("?a + ?b", Query.ORDER_ASCENDING), condition("LCASE(STR(?b))", Query.ORDER_ASCENDING)),
                // Every solution ties: the order is the tie-break's alone.
                List.of(condition("0", Query.ORDER_ASCENDING)));
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
        Random random = new Random(2001);
        for (List<SortCondition> order : orders) {
            for (int round = 0; round < 20; round++) {
                List<Binding> solutions = solutions(random, 200);
                List<Binding> jena = new ArrayList<>(solutions);
                jena.sort(new BindingComparator(order, context));
                List<Binding> ours = new ArrayList<>(solutions);
                ours.sort(new OrderByKeys(order, context));
                assertEquals(jena, ours, "ORDER BY " + order);
            }
        }
    }

    /**
     * Keys that are variables holding two IRIs or two blank nodes compare their terms, as Jena's
     * comparison of their values ends up doing: every pair of solutions compares as Jena compares
     * it, among IRIs that differ only by case, by a character outside the Basic Multilingual Plane
     * or by a suffix, blank nodes, a literal and unbound variables; and a sort of IRIs alone keeps
     * no keys.
     */
    @Test
    void iris_and_blank_nodes_compare_their_terms_as_jena_does_without_keys_kept() {
        List<Node> terms = new ArrayList<>();
        for (String iri : List.of("https://w3id.org/sco-kg/id/state/CN", "https://w3id.org/sco-kg/id/state/cn", "https://w3id.org/sco-kg/id/state/CN2",
                "http://example.org/\u00e9", "http://example.org/\ud83d\ude00", "http://example.org/\uffff", "urn:x")) {
            terms.add(NodeFactory.createURI(iri));
        }
        for (String label : List.of("b1", "b2", "B1")) terms.add(NodeFactory.createBlankNode(label));
        terms.add(NodeFactory.createLiteralString("urn:x"));
        Random random = new Random(2025);
        List<Binding> solutions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            BindingBuilder row = BindingBuilder.create();
            if (random.nextInt(8) > 0) row.add(A, terms.get(random.nextInt(terms.size())));
            if (random.nextInt(8) > 0) row.add(B, terms.get(random.nextInt(terms.size())));
            solutions.add(row.build());
        }
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
        for (List<SortCondition> order : List.of(List.of(condition("?a", Query.ORDER_ASCENDING), condition("?b", Query.ORDER_DESCENDING)),
                List.of(condition("?b", Query.ORDER_DESCENDING), condition("?a", Query.ORDER_DEFAULT)))) {
            BindingComparator jena = new BindingComparator(order, context);
            OrderByKeys ours = new OrderByKeys(order, context);
            for (Binding x : solutions) {
                for (Binding y : solutions) assertEquals(Integer.signum(jena.compare(x, y)), Integer.signum(ours.compare(x, y)), () -> "ORDER BY " + order + ": " + x + " and " + y);
            }
        }
        List<Binding> iris = new ArrayList<>();
        for (int i = 0; i < 500; i++) iris.add(BindingBuilder.create().add(A, terms.get(i % 7)).add(B, NodeFactory.createURI("http://example.org/" + i)).build());
        List<SortCondition> order = List.of(condition("?a", Query.ORDER_ASCENDING), condition("?b", Query.ORDER_ASCENDING));
        OrderByKeys keys = new OrderByKeys(order, context);
        List<Binding> ours = new ArrayList<>(iris);
        ours.sort(keys);
        List<Binding> jena = new ArrayList<>(iris);
        jena.sort(new BindingComparator(order, context));
        assertEquals(jena, ours);
        assertEquals(0, keys.remembered());
    }

    /**
     * A sort larger than the keys it keeps forgets them and evaluates them again: the order stays
     * Jena's, and the comparator never holds more than {@link OrderByKeys#REMEMBERED} solutions
     * (keeping all of them kept a spilling sort's every solution in the heap).
     */
    @Test
    void a_sort_past_the_keys_it_keeps_forgets_them_and_still_orders_as_jena_does() {
        List<SortCondition> order = List.of(condition("STR(?a)", Query.ORDER_DESCENDING), condition("?b", Query.ORDER_ASCENDING));
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
        List<Binding> solutions = solutions(new Random(2004), 3 * OrderByKeys.REMEMBERED);
        List<Binding> jena = new ArrayList<>(solutions);
        jena.sort(new BindingComparator(order, context));
        OrderByKeys keys = new OrderByKeys(order, context);
        List<Binding> ours = new ArrayList<>(solutions);
        ours.sort(keys);
        assertEquals(jena, ours);
        assertTrue(keys.remembered() <= OrderByKeys.REMEMBERED + 1, () -> keys.remembered() + " solutions' keys kept");
    }

    /**
     * The comparator keeps each solution it has keys for, so it counts the solutions as well as the
     * keys: wide solutions are forgotten long before {@link OrderByKeys#REMEMBERED} of them are kept
     * (a review found a sort that had spilled four times still holding all its 20,004 wide rows here).
     */
    @Test
    void wide_solutions_are_forgotten_by_the_bytes_they_hold() {
        List<SortCondition> order = List.of(condition("?a", Query.ORDER_ASCENDING));
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
        // One string in every solution: what the estimate counts, without the test holding it a thousand times.
        Node wide = NodeFactory.createLiteralString("w".repeat(50_000));
        List<Binding> solutions = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) solutions.add(BindingBuilder.create().add(A, NodeFactory.createLiteralDT(Integer.toString(random.nextInt(500)), XSDDatatype.XSDinteger)).add(B, wide).build());
        OrderByKeys keys = new OrderByKeys(order, context);
        List<Binding> ours = new ArrayList<>(solutions);
        ours.sort(keys);
        List<Binding> jena = new ArrayList<>(solutions);
        jena.sort(new BindingComparator(order, context));
        assertEquals(jena, ours);
        long perSolution = SpillingSort.HeldRows.estimate(solutions.get(0));
        assertTrue(keys.remembered() * perSolution <= SpillingSort.SPILL_BYTES + 2 * perSolution, () -> keys.remembered() + " solutions of about " + perSolution + " bytes kept");
    }

    @Test
    void the_sparql_dataset_sorts_with_it_and_every_named_query_answers_in_jenas_order() {
        DatasetGraph tuned = TestGraph.queryable();
        assertSame(SparqlExecutor.FACTORY, QC.getFactory(tuned.getContext()));
        DatasetGraph plain = TestGraph.plainCopy();
        for (NamedQuery query : new QueryCatalog(new ProjectLayout(ProjectCopy.ROOT)).all()) {
            if (!query.query().isSelectType() || !query.query().hasOrderBy()) continue;
            RowSet ours = QueryRunner.select(tuned, query, Map.of(), 30_000).rewindable();
            RowSet jena = QueryRunner.select(plain, query, Map.of(), 30_000).rewindable();
            assertTrue(ResultsCompare.equalsByTermAndOrder(jena, ours), query.name());
        }
    }
}
