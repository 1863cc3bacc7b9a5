package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * STRDT, refused before it reads a number of more digits than the {@link QueryBudget} allows, as a
 * cast is ({@link BoundedCall}): {@code STRDT(?digits, xsd:integer)} made the same number a cast
 * makes, in the same time.
 */
final class BoundedStrDatatype extends E_StrDatatype {
    BoundedStrDatatype(Expr lexical, Expr datatype) {
        super(lexical, datatype);
    }

    @Override
    public NodeValue eval(NodeValue lexical, NodeValue datatype) {
        if (datatype.isIRI() && BoundedCall.NUMBER_CASTS.contains(datatype.asNode().getURI()) && lexical.isLiteral()) {
            QueryBudget.checkNumberText(lexical.asNode().getLiteralLexicalForm().length());
        }
        return super.eval(lexical, datatype);
    }

    @Override
    public Expr copy(Expr lexical, Expr datatype) {
        return new BoundedStrDatatype(lexical, datatype);
    }
}
