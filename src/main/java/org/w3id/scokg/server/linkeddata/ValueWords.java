package org.w3id.scokg.server.linkeddata;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/** Values that a page says in its own words or as links of their own, not as the graph has them. */
final class ValueWords {
    private final Texts texts;

    ValueWords(Texts texts) {
        this.texts = texts;
    }

    /**
     * The interface's word for a value that is one of a fixed list of plain strings: a source
     * record's kind ({@code dcterms:type "news report"}, bundle key {@code value.type.news-report}).
     */
    Optional<String> word(Node property, Node value) {
        if (unSymbol(property, value)) {
            // The UN's own resolver of its document symbols, https://undocs.org/ followed by the
            // symbol, so that the letters behind both codes of conduct can be opened.
            String symbol = value.getLiteralLexicalForm();
            return Optional.of("<a href=\"https://undocs.org/" + Html.escape(symbol) + "\" rel=\"external\">" + Html.keepWhole(Html.escape(symbol)) + "</a>");
        }
        if (!property.equals(DCTerms.type.asNode()) || !value.isLiteral() || !value.getLiteralLanguage().isEmpty()) return Optional.empty();
        return texts.find("value.type." + value.getLiteralLexicalForm().replace(' ', '-'))
                .map(Html::escape);
    }

    /** A document symbol of the General Assembly, the Security Council or ECOSOC ("A/66/359", "A/RES/53/70"), as a symbol or an identifier. */
    private static boolean unSymbol(Node property, Node value) {
        return (property.equals(SCO.unDocumentSymbol) || property.equals(DCTerms.identifier.asNode())) && value.isLiteral()
                && value.getLiteralLexicalForm().matches("[ASE]/[A-Z0-9][A-Za-z0-9.]*(/[A-Za-z0-9.]+)*");
    }
}
