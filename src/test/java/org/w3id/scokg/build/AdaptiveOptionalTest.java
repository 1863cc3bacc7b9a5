package org.w3id.scokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;

/** An OPTIONAL answers as Jena answers it, whichever way it is joined. */
class AdaptiveOptionalTest {
    private static final OpExecutorFactory JENA = context -> new OpExecutor(context) {};

    /** Thresholds that take each way: Jena's defaults, always hash, row by row after the race, and in between. */
    private static final List<OpExecutorFactory> EXECUTORS = List.of(
            SparqlExecutor.FACTORY,
            SparqlExecutor.factory(1, Integer.MAX_VALUE),
            SparqlExecutor.factory(1, 0),
            SparqlExecutor.factory(3, 1));

    private static final String PREFIX = "PREFIX : <http://example.org/>\n";

    /**
     * 120 things; most have a number ?p, some a second ?q, a link :r to another thing, a :s; so
     * left sides run to a hundred rows and optional parts match some, none or several rows each.
     */
    private static DatasetGraph data() {
        StringBuilder turtle = new StringBuilder("@prefix : <http://example.org/> .\n");
        for (int i = 0; i < 120; i++) {
            if (i % 7 != 0) turtle.append(":t%d :p %d .%n".formatted(i, i % 10));
            if (i % 3 == 0) turtle.append(":t%d :q %d .%n".formatted(i, i % 13));
            if (i % 6 == 0) turtle.append(":t%d :q %d .%n".formatted(i, i % 5));
            if (i % 4 == 0) turtle.append(":t%d :r :t%d .%n".formatted(i, (i * 7) % 120));
            if (i % 5 == 0) turtle.append(":t%d :s \"s%d\" .%n".formatted(i, i % 4));
        }
        DatasetGraph dataset = DatasetGraphFactory.create(GraphFactory.createGraphMem());
        RDFParser.fromString(turtle.toString(), Lang.TURTLE).parse(dataset.getDefaultGraph());
        return dataset;
    }

    /** Optional parts of every shape: filters on either side's variables, unbound join variables, BINDs, nesting, paths, unions, VALUES. */
    private static final List<String> QUERIES = List.of(
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b FILTER(?b > ?a) } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b FILTER(?b > 3 && ?b < 11) } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b FILTER(?b != ?a && ?b > 1) } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y } OPTIONAL { ?y :q ?b } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b BIND(?a + ?b AS ?c) } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b BIND(?b * 2 AS ?c) } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y OPTIONAL { ?y :q ?b } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y OPTIONAL { ?x :s ?c } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y BIND(STR(?y) AS ?z) OPTIONAL { ?y :q ?b } BIND(COALESCE(?b, 0) AS ?c) FILTER(?c < 5) } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y OPTIONAL { ?y :q ?b } BIND(COALESCE(?b, ?a) AS ?c) } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y OPTIONAL { ?y :q ?a } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?y :r ?z OPTIONAL { ?z :p ?a } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r/:q ?b } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :r* ?y } }",
            "SELECT * { ?x :p ?a OPTIONAL { { ?x :q ?b } UNION { ?x :s ?b } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b VALUES ?a { 1 2 3 } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b FILTER NOT EXISTS { ?x :s ?c } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b FILTER NOT EXISTS { ?y :r ?x ; :p ?a } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b MINUS { ?x :s ?c } } }",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b } OPTIONAL { ?x :s ?c } OPTIONAL { ?x :r ?y FILTER(?a > 4) } }",
            "SELECT * { ?x :p ?a { ?x :r ?y OPTIONAL { ?y :q ?a } } }",
            "SELECT * { ?x :q ?b OPTIONAL { ?x :p ?a } OPTIONAL { ?z :q ?b } }",
            "SELECT ?a (COUNT(?b) AS ?n) (SAMPLE(?c) AS ?s) { ?x :p ?a OPTIONAL { ?x :q ?b } OPTIONAL { ?x :s ?c } } GROUP BY ?a",
            "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b } OPTIONAL { ?x :s ?c } } ORDER BY ?c DESC(?b) ?x");

    private static RowSetRewindable answer(DatasetGraph dataset, OpExecutorFactory executor, String query) {
        QC.setFactory(dataset.getContext(), executor);
        return QueryExec.dataset(dataset).query(PREFIX + query).build().select().rewindable();
    }

    @Test
    void every_shape_of_optional_answers_as_jena_does_whichever_way_it_is_joined() {
        DatasetGraph dataset = data();
        for (String query : QUERIES) {
            RowSetRewindable jena = answer(dataset, JENA, query);
            for (OpExecutorFactory executor : EXECUTORS) {
                RowSet ours = answer(dataset, executor, query);
                jena.reset();
                boolean same = query.contains("ORDER BY") ? ResultsCompare.equalsByTermAndOrder(jena, ours) : ResultsCompare.equalsByTerm(jena, ours);
                assertTrue(same, query);
            }
        }
    }

    @Test
    void a_limit_stops_reading_the_left_side_early_and_gets_as_many_rows() {
        DatasetGraph dataset = data();
        for (OpExecutorFactory executor : EXECUTORS) {
            assertEquals(5, answer(dataset, executor, "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b } } LIMIT 5").size());
        }
    }

    /** The OPTIONAL of {@code query} as ARQ's optimiser leaves it. */
    private static Op optional(String query) {
        Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIX + query)));
        return op instanceof OpProject project ? project.getSubOp() : op;
    }

    /** The OPTIONAL of {@code query}, evaluated from the root with {@code executor}, drained. */
    private static QueryIterator evaluated(DatasetGraph dataset, OpExecutorFactory executor, String query) {
        QC.setFactory(dataset.getContext(), executor);
        ExecutionContext context = ExecutionContext.create(dataset, dataset.getContext());
        QueryIterator rows = QC.execute(optional(query), QueryIterRoot.create(context), context);
        rows.forEachRemaining(row -> {});
        rows.close();
        return rows;
    }

    private static AdaptiveOptional drained(DatasetGraph dataset, OpExecutorFactory executor, String query) {
        assertInstanceOf(OpConditional.class, optional(query));
        return assertInstanceOf(AdaptiveOptional.class, evaluated(dataset, executor, query));
    }

    @Test
    void the_race_takes_the_hash_join_when_the_optional_part_ends_first_and_row_by_row_when_the_left_side_does() {
        DatasetGraph dataset = data();
        String query = "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b } }";
        assertEquals(AdaptiveOptional.Way.HASH_JOIN, drained(dataset, SparqlExecutor.factory(1, Integer.MAX_VALUE), query).way());
        assertEquals(AdaptiveOptional.Way.ROW_BY_ROW, drained(dataset, SparqlExecutor.factory(1, 0), query).way());
        // 102 left rows, 60 optional rows: the optional part ends first at one row for each.
        assertEquals(AdaptiveOptional.Way.HASH_JOIN, drained(dataset, SparqlExecutor.factory(1, 1), query).way());
        // The race counts only the rows after the first: 2 left rows allow 2 optional rows of 60.
        assertEquals(AdaptiveOptional.Way.ROW_BY_ROW, drained(dataset, SparqlExecutor.factory(100, 1), query).way());
        // Every row within the first 200: joined one by one, no race.
        assertEquals(AdaptiveOptional.Way.FIRST_ROWS, drained(dataset, SparqlExecutor.factory(200, 1), query).way());
        // VALUES for the left side's variable inside the optional part: never hashed.
        assertEquals(AdaptiveOptional.Way.NOT_HASHABLE,
                drained(dataset, SparqlExecutor.factory(1, Integer.MAX_VALUE), "SELECT * { ?x :p ?a OPTIONAL { ?x :q ?b VALUES ?a { 1 2 3 } } }").way());
    }

    @Test
    void an_optional_arq_leaves_as_a_left_join_is_joined_as_any_other_where_substituting_gives_the_same() {
        DatasetGraph dataset = data();
        // A BIND of what the nested OPTIONAL binds: ARQ's optimiser keeps the left join.
        String query = "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y OPTIONAL { ?y :q ?b } BIND(COALESCE(?b, 0) AS ?c) FILTER(?c < 5) } }";
        assertInstanceOf(OpLeftJoin.class, optional(query));
        assertEquals(AdaptiveOptional.Way.HASH_JOIN,
                assertInstanceOf(AdaptiveOptional.class, evaluated(dataset, SparqlExecutor.factory(1, Integer.MAX_VALUE), query)).way());
        assertEquals(AdaptiveOptional.Way.FIRST_ROWS, assertInstanceOf(AdaptiveOptional.class, evaluated(dataset, SparqlExecutor.factory(200, 1), query)).way());
        // The BIND reads the left side's ?a: substituting would change it, so it stays ARQ's left join.
        String readsLeft = "SELECT * { ?x :p ?a OPTIONAL { ?x :r ?y OPTIONAL { ?y :q ?b } BIND(COALESCE(?b, ?a) AS ?c) } }";
        assertInstanceOf(OpLeftJoin.class, optional(readsLeft));
        assertFalse(evaluated(dataset, SparqlExecutor.factory(1, Integer.MAX_VALUE), readsLeft) instanceof AdaptiveOptional);
    }

    @Test
    void only_patterns_where_substituting_is_joining_are_hashable() {
        Set<Var> outer = Set.of(Var.alloc("x"), Var.alloc("a"));
        Map<String, Boolean> cases = Map.of(
                "{ ?x :q ?b }", true,
                "{ ?x :q ?b FILTER(?b > 3) }", true,
                "{ ?x :r ?y OPTIONAL { ?y :q ?b } }", true,
                "{ ?x :r ?y OPTIONAL { ?x :s ?b } }", true,
                "{ ?x :r/:q ?b }", true,
                "{ ?y :r ?z OPTIONAL { ?z :p ?a } }", false,
                "{ ?x :q ?b BIND(?a + ?b AS ?c) }", false,
                "{ ?x :q ?b FILTER(?b > ?a) }", false,
                "{ { ?x :q ?b } UNION { ?x :s ?b } }", false,
                "{ ?x :q ?b VALUES ?b { 1 } }", false);
        cases.forEach((pattern, hashable) -> {
            Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIX + "SELECT * " + pattern)));
            if (op instanceof OpProject project) op = project.getSubOp();
            assertEquals(hashable, AdaptiveOptional.hashable(op, outer), pattern);
        });
        // Outer variables that only optional rows bind are substituted, never joined.
        Op nested = Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIX + "SELECT * { ?y :r ?z OPTIONAL { ?z :p ?w } }")));
        assertTrue(AdaptiveOptional.hashable(nested, Set.of(Var.alloc("y"), Var.alloc("z"))));
        assertFalse(AdaptiveOptional.hashable(nested, Set.of(Var.alloc("w"))));
    }

    @Test
    void every_named_query_answers_as_jena_does_with_each_threshold() {
        DatasetGraph dataset = TestGraph.plainCopy();
        for (NamedQuery query : new QueryCatalog(new ProjectLayout(ProjectCopy.ROOT)).all()) {
            if (!query.query().isSelectType()) continue;
            QC.setFactory(dataset.getContext(), JENA);
            RowSetRewindable jena = QueryRunner.select(dataset, query, Map.of()).rewindable();
            for (OpExecutorFactory executor : EXECUTORS) {
                QC.setFactory(dataset.getContext(), executor);
                RowSet ours = QueryRunner.select(dataset, query, Map.of()).rewindable();
                jena.reset();
                boolean same = query.query().hasOrderBy() ? ResultsCompare.equalsByTermAndOrder(jena, ours) : ResultsCompare.equalsByTerm(jena, ours);
                assertTrue(same, query.name());
            }
        }
    }
}
