package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;

/**
 * The fixed order of ARQ with its ties broken by matches: the triple with fewer matches first
 * where the fixed order finds two equal, ARQ's own order everywhere else, and each triple counted
 * once however long the pattern.
 */
class FewerMatchesFirstTest {
    private static final String EX = "http://example.org/";
    private static final Node ACTOR = uri("actor");
    private static final Node ON = uri("onInstrument");

    /** 300 acts of one state, 3 of them on the instrument. */
    private static Graph acts() {
        Graph graph = GraphFactory.createGraphMem();
        for (int i = 0; i < 300; i++) {
            graph.add(Triple.create(uri("act" + i), ACTOR, uri("state")));
            graph.add(Triple.create(uri("act" + i), ON, uri(i % 100 == 0 ? "instrument" : "other" + i)));
        }
        return graph;
    }

    @Test
    void of_two_triples_of_one_shape_the_one_with_fewer_matches_comes_first() {
        Var act = Var.alloc("act");
        Triple broad = Triple.create(act, ACTOR, uri("state"));
        Triple narrow = Triple.create(act, ON, uri("instrument"));
        BasicPattern written = BasicPattern.wrap(List.of(broad, narrow));
        assertEquals(List.of(broad, narrow), ReorderLib.fixed().reorder(written).getList(), "ARQ keeps the order written");
        assertEquals(List.of(narrow, broad), new FewerMatchesFirst.Order(acts()).reorder(written).getList());
        BasicPattern other = BasicPattern.wrap(List.of(narrow, broad));
        assertEquals(List.of(narrow, broad), new FewerMatchesFirst.Order(acts()).reorder(other).getList());
    }

    /** Where the fixed order has no tie, or the counts tie as well, the order is ARQ's, on random patterns. */
    @Test
    void without_a_tie_the_order_is_arqs() {
        Graph empty = GraphFactory.createGraphMem();
        Random random = new Random(11);
        Node[] terms = {Var.alloc("a"), Var.alloc("b"), Var.alloc("c"), Var.alloc("d"), uri("p"), uri("q"), uri("x"), NodeFactory.createLiteralString("v")};
        for (int n = 0; n < 500; n++) {
            List<Triple> triples = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(5); i++) {
                // A literal predicate fails ARQ's order itself; sco-kg takes such patterns out before (IriPredicates).
                triples.add(Triple.create(terms[random.nextInt(terms.length)], terms[random.nextInt(terms.length - 1)], terms[random.nextInt(terms.length)]));
            }
            BasicPattern pattern = BasicPattern.wrap(triples);
            // Over an empty graph every count is 0: every tie stays a tie, settled as ARQ settles it.
            assertEquals(ReorderLib.fixed().reorder(pattern).getList(), new FewerMatchesFirst.Order(empty).reorder(pattern).getList(), pattern.toString());
        }
    }

    /**
     * A rare pair of a common predicate and a common object (4 verified members, 20,000 active
     * ones, each "yes"): the pair is not counted through a find by both terms, which filters the
     * shorter list however long, and is not put before a member's organisation, whose list is
     * short. Every find the order makes names one term, and reads at most {@value
     * FewerMatchesFirst#READ} entries (a review found such an EXISTS made 60 times slower).
     */
    @Test
    void a_rare_pair_of_common_terms_is_not_counted_through_a_long_list() {
        Graph graph = GraphFactory.createGraphMem();
        Node yes = NodeFactory.createLiteralString("yes");
        for (int o = 0; o < 1_000; o++) {
            for (int m = 0; m < 20; m++) {
                Node member = uri("m" + o + "_" + m);
                graph.add(Triple.create(member, uri("memberOf"), uri("org" + o)));
                graph.add(Triple.create(member, uri("verified"), o % 300 == 0 && m == 0 ? yes : NodeFactory.createLiteralString("no")));
                graph.add(Triple.create(member, uri("active"), yes));
            }
        }
        List<Node[]> finds = new ArrayList<>();
        AtomicInteger read = new AtomicInteger();
        Graph watched = new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                finds.add(new Node[] {s, p, o});
                return super.find(s, p, o).mapWith(t -> {
                    read.incrementAndGet();
                    return t;
                });
            }
        };
        Var m = Var.alloc("m");
        Triple memberOf = Triple.create(m, uri("memberOf"), uri("org300"));
        Triple verified = Triple.create(m, uri("verified"), yes);
        assertEquals(List.of(memberOf, verified), new FewerMatchesFirst.Order(watched).reorder(BasicPattern.wrap(List.of(memberOf, verified))).getList());
        for (Node[] find : finds) assertTrue(java.util.Arrays.stream(find).filter(Node::isConcrete).count() <= 1, "a find by one term");
        assertTrue(read.get() <= finds.size() * (FewerMatchesFirst.READ + 1), read + " entries read by " + finds.size() + " finds");
    }

    /** A pattern of 1,000 triples all of one shape: each is counted once, not once per step of the order. */
    @Test
    void each_triple_is_counted_once() {
        AtomicInteger finds = new AtomicInteger();
        Graph counted = new GraphWrapper(acts()) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                finds.incrementAndGet();
                return super.find(s, p, o);
            }
        };
        List<Triple> triples = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) triples.add(Triple.create(Var.alloc("x" + i), ACTOR, uri("state")));
        new FewerMatchesFirst.Order(counted).reorder(BasicPattern.wrap(triples));
        assertTrue(finds.get() <= 1_000, finds + " finds");
    }

    /**
     * An EXISTS evaluated for each of 300 rows, one of whose two tied triples is the same in every
     * row ({@code ?other actor state}): it is counted once in the query, not once a row
     * (queries/checks/unsourced-statement-violation.rq spent some 60 % of its time counting so), and
     * the answer is the same. A count reads an index by one term alone (any predicate), which is how
     * it is told from the finds that evaluate the pattern.
     */
    @Test
    void a_query_counts_each_triple_once_however_many_rows_ask() {
        List<Triple> countsRead = new ArrayList<>();
        Graph counted = new GraphWrapper(acts()) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                if (!s.isConcrete() && !p.isConcrete() && o.isConcrete()) countsRead.add(Triple.createMatch(s, p, o));
                return super.find(s, p, o);
            }
        };
        String query = "SELECT (COUNT(*) AS ?n) { ?act <" + ON + "> ?on FILTER EXISTS { ?other <" + ACTOR + "> <" + EX + "state> ; <" + ON + "> ?on } }";
        Node rows = QueryExec.dataset(SparqlEngine.forQueries(counted, Map.of())).query(query).select().next().get("n");
        assertEquals(300, ((Number) rows.getLiteralValue()).intValue());
        assertEquals(1, countsRead.stream().filter(t -> t.getObject().equals(uri("state"))).count(), "the state's acts counted once, for 300 rows");
        // The other triple's object is the row's: counted once for each of the 298 values of ?on.
        assertEquals(298, countsRead.size() - 1);
        // Two orders of one query share its counts: the second counts nothing again, and orders alike.
        FewerMatchesFirst.Counts counts = new FewerMatchesFirst.Counts();
        Var act = Var.alloc("act");
        BasicPattern pattern = BasicPattern.wrap(List.of(Triple.create(act, ACTOR, uri("state")), Triple.create(act, ON, uri("instrument"))));
        List<Triple> first = new FewerMatchesFirst.Order(counted, counts).reorder(pattern).getList();
        int before = countsRead.size();
        assertEquals(first, new FewerMatchesFirst.Order(counted, counts).reorder(pattern).getList());
        assertEquals(before, countsRead.size(), "nothing counted again");
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
