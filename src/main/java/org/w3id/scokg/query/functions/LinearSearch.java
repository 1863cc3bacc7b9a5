package org.w3id.scokg.query.functions;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrAfter;
import org.apache.jena.sparql.expr.E_StrBefore;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * CONTAINS, STRBEFORE and STRAFTER (and XPath's fn:contains, fn:substring-before and
 * fn:substring-after, which Jena evaluates alike) with a search whose time is linear in its two
 * strings. Java's {@link String#indexOf} compares the word at every place of the text, so a text of
 * a million characters and a word of half a million that nearly matches everywhere took 48 s of a
 * core, past any timeout and after its client had gone, inside one call that nothing interrupts.
 * Each answers as Jena's {@code XSDFuncOp} does: the same checks of its arguments, the same index,
 * the same literal made of it.
 */
final class LinearSearch {
    /** Below this many character comparisons, {@link String#indexOf} is the faster (and Jena's own) search. */
    private static final long SHORT = 1L << 20;

    private LinearSearch() {}

    /** The first index of {@code word} in {@code text}, or -1: {@link String#indexOf}, in time linear in both (Knuth, Morris and Pratt). */
    static int indexOf(String text, String word) {
        int n = text.length();
        int m = word.length();
        if (m == 0) return 0;
        if ((long) n * m <= SHORT) return text.indexOf(word);
        // fail[i]: the length of the longest proper border of word[0..i].
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && word.charAt(i) != word.charAt(k)) k = fail[k - 1];
            if (word.charAt(i) == word.charAt(k)) k++;
            fail[i] = k;
        }
        for (int i = 0, k = 0; i < n; i++) {
            while (k > 0 && text.charAt(i) != word.charAt(k)) k = fail[k - 1];
            if (text.charAt(i) == word.charAt(k)) k++;
            if (k == m) return i - m + 1;
        }
        return -1;
    }

    /** A literal of {@code lexical} with the language and datatype of {@code arg}, as Jena makes a string function's result. */
    private static NodeValue like(String lexical, Node arg) {
        return NodeValue.makeNode(NodeFactory.createLiteral(lexical, arg.getLiteralLanguage(), arg.getLiteralDatatype()));
    }

    static final class Contains extends E_StrContains {
        Contains(Expr string, Expr match) {
            super(string, match);
        }

        @Override
        public NodeValue eval(NodeValue string, NodeValue match) {
            NodeValueOps.checkTwoArgumentStringLiterals("contains", string, match);
            return NodeValue.booleanReturn(indexOf(string.asNode().getLiteralLexicalForm(), match.asNode().getLiteralLexicalForm()) >= 0);
        }

        @Override
        public Expr copy(Expr string, Expr match) {
            return new Contains(string, match);
        }
    }

    static final class Before extends E_StrBefore {
        Before(Expr string, Expr match) {
            super(string, match);
        }

        @Override
        public NodeValue eval(NodeValue string, NodeValue match) {
            NodeValueOps.checkTwoArgumentStringLiterals("strBefore", string, match);
            String text = string.asNode().getLiteralLexicalForm();
            String word = match.asNode().getLiteralLexicalForm();
            if (word.isEmpty()) return like("", string.asNode());
            int at = indexOf(text, word);
            return at < 0 ? NodeValue.nvEmptyString : like(text.substring(0, at), string.asNode());
        }

        @Override
        public Expr copy(Expr string, Expr match) {
            return new Before(string, match);
        }
    }

    static final class After extends E_StrAfter {
        After(Expr string, Expr match) {
            super(string, match);
        }

        @Override
        public NodeValue eval(NodeValue string, NodeValue match) {
            NodeValueOps.checkTwoArgumentStringLiterals("strAfter", string, match);
            String text = string.asNode().getLiteralLexicalForm();
            String word = match.asNode().getLiteralLexicalForm();
            if (word.isEmpty()) return like(text, string.asNode());
            int at = indexOf(text, word);
            return at < 0 ? NodeValue.nvEmptyString : like(text.substring(at + word.length()), string.asNode());
        }

        @Override
        public Expr copy(Expr string, Expr match) {
            return new After(string, match);
        }
    }
}
