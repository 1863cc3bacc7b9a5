package org.w3id.scokg.query.fuzz;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What an {@link Engine} answered to one query: a SELECT's rows, an ASK's boolean, a CONSTRUCT's
 * or DESCRIBE's graph, a failure, or running out of time. Every form is materialised and
 * immutable once returned.
 */
public sealed interface Outcome permits Outcome.Rows, Outcome.Ask, Outcome.Triples, Outcome.Failure, Outcome.TimedOut {

    /** A SELECT's variables and rows, in the order the engine gave them. */
    record Rows(List<Var> vars, List<Binding> rows) implements Outcome {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }
    }

    /** An ASK's answer. */
    record Ask(boolean value) implements Outcome {}

    /** A CONSTRUCT's or DESCRIBE's graph. */
    record Triples(Graph graph) implements Outcome {}

    /** The query failed: the exception's class name and message. */
    record Failure(String type, String message) implements Outcome {}

    /** The query ran out of its time (or its answer out of bounds): neither right nor wrong. */
    record TimedOut() implements Outcome {}
}
