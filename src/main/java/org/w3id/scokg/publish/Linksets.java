package org.w3id.scokg.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.scokg.vocab.LinkTargets;

/**
 * The links out of the graph to one target (Wikidata, DBpedia, GeoNames), as a graph of their
 * own for the linkset dumps: every link by the target's link predicate from a thing of the graph
 * to an IRI in the target's namespace ({@code linkset.rq}).
 */
final class Linksets {
    private Linksets() {}

    static Graph links(Graph union, LinkTargets target) {
        Binding values = Binding.builder().add(Var.alloc("namespace"), NodeFactory.createLiteralString(target.namespace))
                .add(Var.alloc("link"), NodeFactory.createURI(target.linkPredicate)).build();
        return QueryExec.graph(union).query(PublishQueries.read("linkset.rq")).substitution(values).construct();
    }
}
