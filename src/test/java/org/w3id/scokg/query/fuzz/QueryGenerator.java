package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.Template;

/**
 * Random valid SPARQL 1.1 queries over one dataset, built as Jena syntax trees and printed with
 * {@code query.toString()}: mostly SELECT, and ASK, CONSTRUCT (templates from the pattern's
 * variables) and DESCRIBE; now and then FROM or FROM NAMED and a trailing VALUES; now and then a
 * count of one triple pattern ({@link CountGenerator}). The same seed
 * over the same dataset gives the same queries, byte for byte. Every query is parsed again as
 * SPARQL 1.1 before it is returned; one that does not parse is a bug of this generator, thrown as
 * Jena's {@code QueryParseException}. Never NOW, RAND, UUID, STRUUID, BNODE or SERVICE.
 */
public final class QueryGenerator {
    /** Mixed into the seed of the dice of {@link CountGenerator}. */
    private static final long COUNT_SEED = 0x636f756e74L;
    private final TermPool terms;
    private final Dice dice;
    private final ValuesGenerator values;
    private final PatternGenerator patterns;
    private final SelectGenerator selects;
    private final CountGenerator counts;

    /** Queries over {@code dataset}'s terms (and terms in no graph), from {@code seed}. */
    public QueryGenerator(DatasetGraph dataset, long seed) {
        this(TermPool.of(dataset), seed);
    }

    QueryGenerator(TermPool terms, long seed) {
        this.terms = terms;
        this.dice = new Dice(seed);
        ExpressionGenerator expressions = new ExpressionGenerator(terms, dice);
        this.values = new ValuesGenerator(terms, dice);
        this.selects = new SelectGenerator(dice, expressions);
        this.patterns = new PatternGenerator(terms, dice, expressions, values, selects);
        selects.patterns(patterns);
        this.counts = new CountGenerator(terms, new Dice(seed ^ COUNT_SEED));
    }

    /** The next query, parsed from its own text. */
    public Query next() {
        if (counts.due()) return parsed(counts.next());
        Scope bound = Scope.forQuery();
        patterns.start(dice.between(2, 9));
        ElementGroup where = patterns.group(bound.empty(), bound, 0);
        Query query = switch (dice.weighted(76, 8, 9, 7)) {
            case 0 -> select(where, bound);
            case 1 -> ask(where);
            case 2 -> construct(where, bound);
            default -> describe(where, bound);
        };
        if (dice.chance(0.05)) from(query);
        return parsed(query);
    }

    private Query parsed(Query query) {
        query.setPrefixMapping(terms.prefixes());
        String text = query.toString();
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (org.apache.jena.query.QueryParseException e) {
            throw new org.apache.jena.query.QueryParseException(e.getMessage() + "\n" + text, e.getLine(), e.getColumn());
        }
    }

    private Query select(ElementGroup where, Scope bound) {
        Query query = selects.top(where, bound);
        if (dice.chance(0.08)) {
            Var var = bound.isEmpty() || dice.chance(0.3) ? bound.fresh() : bound.pick(dice);
            List<Var> vars = new ArrayList<>(List.of(var));
            if (!bound.isEmpty() && dice.chance(0.3)) {
                Var second = bound.pick(dice);
                if (!second.equals(var)) vars.add(second);
            }
            ElementData block = values.block(vars, values.rows());
            query.setValuesDataBlock(block.getVars(), block.getRows());
        }
        return query;
    }

    private static Query ask(ElementGroup where) {
        Query query = new Query();
        query.setQueryAskType();
        query.setQueryPattern(where);
        return query;
    }

    /** A template of one to three triples over the pattern's variables and the data's terms. */
    private Query construct(ElementGroup where, Scope bound) {
        Query query = new Query();
        query.setQueryConstructType();
        query.setQueryPattern(where);
        BasicPattern template = new BasicPattern();
        int size = dice.between(1, 3);
        for (int i = 0; i < size; i++) {
            Node predicate = dice.chance(0.85) || bound.isEmpty() ? terms.predicate(dice) : bound.pick(dice);
            template.add(Triple.create(templateEnd(bound), predicate, templateEnd(bound)));
        }
        query.setConstructTemplate(new Template(template));
        return query;
    }

    private Node templateEnd(Scope bound) {
        return bound.isEmpty() || dice.chance(0.2) ? terms.node(dice) : bound.pick(dice);
    }

    /** DESCRIBE of one or two of the pattern's variables, or of a term of the data. */
    private Query describe(ElementGroup where, Scope bound) {
        Query query = new Query();
        query.setQueryDescribeType();
        query.setQueryPattern(where);
        if (bound.isEmpty() || dice.chance(0.2)) {
            Node node = terms.node(dice);
            query.addDescribeNode(node.isURI() ? node : terms.graph(dice));
        } else {
            query.addDescribeNode(bound.pick(dice));
            if (dice.chance(0.2)) query.addDescribeNode(terms.graph(dice));
        }
        return query;
    }

    /** FROM and FROM NAMED: named graphs of the data, and now and then a graph it does not hold. */
    private void from(Query query) {
        int graphs = dice.between(1, 2);
        for (int i = 0; i < graphs; i++) {
            String name = terms.graph(dice).getURI();
            if (dice.chance(0.5)) {
                if (!query.usesGraphURI(name)) query.addGraphURI(name);
            } else if (!query.usesNamedGraphURI(name)) {
                query.addNamedGraphURI(name);
            }
        }
    }
}
