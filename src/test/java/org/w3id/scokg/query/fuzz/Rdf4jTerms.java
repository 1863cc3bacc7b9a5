package org.w3id.scokg.query.fuzz;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Jena's terms as RDF4J's and back, lexical forms and blank node labels kept. */
final class Rdf4jTerms {
    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private Rdf4jTerms() {}

    static Statement statement(Quad quad) {
        Resource context = quad.isDefaultGraph() ? null : (Resource) value(quad.getGraph());
        return VALUES.createStatement((Resource) value(quad.getSubject()), (IRI) value(quad.getPredicate()), value(quad.getObject()), context);
    }

    static Value value(Node node) {
        if (node.isURI()) return VALUES.createIRI(node.getURI());
        if (node.isBlank()) return VALUES.createBNode(node.getBlankNodeLabel());
        if (!node.getLiteralLanguage().isEmpty()) return VALUES.createLiteral(node.getLiteralLexicalForm(), node.getLiteralLanguage());
        return VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()));
    }

    static Node node(Value value) {
        if (value instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (value instanceof BNode blank) return NodeFactory.createBlankNode(blank.getID());
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        return NodeFactory.createLiteralDT(literal.getLabel(), TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }

    static Triple triple(Statement statement) {
        return Triple.create(node(statement.getSubject()), node(statement.getPredicate()), node(statement.getObject()));
    }
}
