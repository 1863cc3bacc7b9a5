package org.w3id.scokg.server.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * An analyzer that also reads a Russian word made with the prefix «кибер-» as the word without it, at
 * the same place: «киберсуверенитет» is found by «суверенитет», «киберпреступность» by «преступность»,
 * as "cyber sovereignty" is by "sovereignty" and 网络主权 by 主权. Russian writes the prefix as one word
 * with what it qualifies, so without this «суверенитет» finds only a source record, not cyber
 * sovereignty. The rest is taken from the wrapped analyzer's last token (lower case,
 * stemmed), so it is a stem as a query's word is; a rest of fewer than three letters is left out.
 */
final class CyberPrefix extends WrappedAnalyzer {
    private static final String PREFIX = "кибер";
    private static final int SHORTEST_REST = 3;
    /** {@code analyzer}, its words with «кибер-» read without it too. */
    CyberPrefix(Analyzer analyzer) {
        super(analyzer);
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new Rest(components.getTokenStream()));
    }

    /** Each token, then, for one that begins with the prefix, its rest at the same position. */
    private static final class Rest extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private State word;
        private String rest;

        Rest(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (rest != null) {
                restoreState(word);
                term.setEmpty().append(rest);
                position.setPositionIncrement(0);
                rest = null;
                return true;
            }
            if (!input.incrementToken()) return false;
            String text = term.toString();
            if (text.startsWith(PREFIX) && text.length() >= PREFIX.length() + SHORTEST_REST) {
                rest = text.substring(PREFIX.length());
                word = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            rest = null;
            word = null;
        }
    }
}
