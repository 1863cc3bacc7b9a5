package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;

/**
 * VALUES blocks: terms of the data, terms in no graph and UNDEF, usually a few rows and now and
 * then hundreds or thousands, so that code which changes strategy after some number of rows (a
 * hash join after 32 rows, say) is taken both ways.
 */
final class ValuesGenerator {
    /** Most rows in one block. */
    static final int MOST = 3000;
    /** Up to this many rows a block is small: UNDEF is common, terms of the data too. */
    static final int FEW = 12;
    private final TermPool terms;
    private final Dice dice;

    ValuesGenerator(TermPool terms, Dice dice) {
        this.terms = terms;
        this.dice = dice;
    }


    /** A block over {@code vars} with {@code count} rows. */
    ElementData block(List<Var> vars, int count) {
        // Many rows are mostly distinct terms in no graph (what an engine cannot look up); UNDEF is
        // for few rows (in many, it would make a join a product).
        boolean many = count > FEW;
        double absent = many ? 0.75 : 0.3;
        double undef = many ? 0 : 0.1;
        List<Binding> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BindingBuilder row = Binding.builder();
            for (Var var : vars) {
                Node cell = cell(i, absent, undef);
                if (cell != null) row.add(var, cell);
            }
            rows.add(row.build());
        }
        return new ElementData(new ArrayList<>(vars), rows);
    }

    /** Up to this many rows a block is not huge. */
    static final int MANY = 200;
    /** A huge block has at least this many rows. */
    static final int HUGE = 1000;

    /** How many rows: few mostly, sometimes just past a threshold. */
    int rows() {
        return switch (dice.weighted(64, 20, 16)) {
            case 0 -> dice.between(1, 4);
            case 1 -> dice.between(5, FEW);
            default -> dice.between(33, MANY);
        };
    }

    /** How many rows in a huge block: thousands, most often close to {@value #MOST}. */
    int hugeRows() {
        return dice.chance(0.5) ? MOST : dice.between(HUGE, MOST);
    }

    /** A term of the data, a term in no graph, or UNDEF ({@code null}). */
    private Node cell(int row, double absent, double undef) {
        if (dice.chance(undef)) return null;
        if (dice.chance(absent)) return terms.absent(dice, row);
        return dice.chance(0.3) ? terms.literal(dice) : terms.node(dice);
    }
}
