package org.w3id.scokg.query.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Rows with what the query leaves open replaced by what it fixes ({@link QueryShape}): a SAMPLE by
 * whether it is bound, a GROUP_CONCAT by its parts in sorted order, a double summed in any order by
 * its value to twelve digits. Everything else is kept, term for term.
 */
final class RowValues {
    private static final Node BOUND = NodeFactory.createLiteralString("(bound: any value)");
    private static final Node BLANK = NodeFactory.createLiteralString("(a blank node)");
    private static final MathContext DIGITS = new MathContext(12);

    private RowValues() {}

    static List<Binding> normalised(QueryShape shape, List<Binding> rows) {
        if (shape.concatenated().isEmpty() && shape.boundOnly().isEmpty() && shape.summed().isEmpty()) return rows;
        return rows.stream().map(row -> normalised(shape, row)).toList();
    }

    private static Binding normalised(QueryShape shape, Binding row) {
        BindingBuilder copy = Binding.builder();
        row.forEach((var, node) -> copy.add(var, normalised(shape, var, node)));
        return copy.build();
    }

    private static Node normalised(QueryShape shape, Var var, Node node) {
        if (shape.boundOnly().contains(var)) return BOUND;
        String separator = shape.concatenated().get(var);
        if (separator != null && node.isLiteral()) return parts(node, separator);
        if (shape.summed().contains(var) && node.isLiteral() && isFloating(node)) return rounded(node);
        return node;
    }

    /** The parts of a concatenation, sorted; any order of the same parts gives the same. */
    private static Node parts(Node literal, String separator) {
        String text = literal.getLiteralLexicalForm();
        String[] parts = separator.isEmpty() ? text.codePoints().mapToObj(Character::toString).toArray(String[]::new) : text.split(Pattern.quote(separator), -1);
        Arrays.sort(parts);
        String sorted = "(parts: " + String.join("\u0000", parts) + ")";
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() ? NodeFactory.createLiteralDT(sorted, literal.getLiteralDatatype()) : NodeFactory.createLiteralLang(sorted, lang);
    }

    private static boolean isFloating(Node literal) {
        String type = literal.getLiteralDatatypeURI();
        return type.equals(XSDDatatype.XSDdouble.getURI()) || type.equals(XSDDatatype.XSDfloat.getURI());
    }

    private static Node rounded(Node literal) {
        try {
            double value = Double.parseDouble(literal.getLiteralLexicalForm());
            if (Double.isNaN(value) || Double.isInfinite(value)) return literal;
            String digits = new BigDecimal(value).round(DIGITS).stripTrailingZeros().toString();
            return NodeFactory.createLiteralDT("(about " + digits + ")", literal.getLiteralDatatype());
        } catch (NumberFormatException e) {
            return literal;
        }
    }

    static boolean hasBlank(Binding row) {
        boolean[] blank = {false};
        row.forEach((var, node) -> blank[0] |= node.isBlank());
        return blank[0];
    }

    /** Rows with every blank node the same: to show which rows differ when renaming cannot match them. */
    static List<Binding> blurred(List<Binding> rows) {
        return rows.stream().map(row -> {
            BindingBuilder copy = Binding.builder();
            row.forEach((var, node) -> copy.add(var, node.isBlank() ? BLANK : node));
            return copy.build();
        }).toList();
    }

    /** {@code rows} with every valid xsd:decimal and xsd:integer in one lexical form (TDB2 gives its canonical one back). */
    static Outcome.Rows numbersInOneForm(Outcome.Rows rows) {
        return new Outcome.Rows(rows.vars(), rows.rows().stream().map(row -> {
            BindingBuilder copy = Binding.builder();
            row.forEach((var, node) -> copy.add(var, inOneForm(node)));
            return copy.build();
        }).toList());
    }

    private static Node inOneForm(Node node) {
        if (!node.isLiteral()) return node;
        String type = node.getLiteralDatatypeURI();
        try {
            if (type.equals(XSDDatatype.XSDdecimal.getURI())) {
                return NodeFactory.createLiteralDT(new BigDecimal(node.getLiteralLexicalForm().strip()).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
            }
            if (type.equals(XSDDatatype.XSDinteger.getURI())) {
                return NodeFactory.createLiteralDT(new BigInteger(node.getLiteralLexicalForm().strip().replaceFirst("^\\+", "")).toString(), XSDDatatype.XSDinteger);
            }
            if (type.equals(XSDDatatype.XSDdouble.getURI())) {
                return NodeFactory.createLiteralDT(Double.toString(xsdFloatingPoint(node.getLiteralLexicalForm())), XSDDatatype.XSDdouble);
            }
            if (type.equals(XSDDatatype.XSDfloat.getURI())) {
                return NodeFactory.createLiteralDT(Float.toString((float) xsdFloatingPoint(node.getLiteralLexicalForm())), XSDDatatype.XSDfloat);
            }
        } catch (NumberFormatException e) {
            return node;
        }
        return node;
    }

    /** The value of an xsd:double or xsd:float's lexical form ({@code INF}, {@code -INF} and {@code NaN} included). */
    private static double xsdFloatingPoint(String lexical) {
        return switch (lexical.strip()) {
            case "INF", "+INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(lexical.strip());
        };
    }
}
