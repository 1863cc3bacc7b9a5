package org.w3id.scokg.server.search;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;

/**
 * An analyzer that reads traditional Chinese characters as simplified: another analyzer's tokens,
 * each passed through ICU's {@value #TRANSFORM} transform (Lucene's {@link ICUTransformFilter}), in
 * the index and in queries alike, whole words and the prefixes of suggestions too. Names are stored
 * in the script their source writes (the Yekaterinburg Agreement's Chinese title in traditional
 * characters, 政府間合作協定; most in simplified); folded so, either script finds either (政府间合作协定
 * finds the Agreement, 網絡主權 finds 网络主权). The transform changes a token's text, not its offsets,
 * so a snippet marks the words in the text as stored.
 */
final class SimplifiedChinese extends AnalyzerWrapper {
    /** ICU's transform of traditional Chinese characters into simplified ones. */
    static final String TRANSFORM = "Traditional-Simplified";
    /** ICU's transliterators keep no state between calls: threads may share one. */
    private static final Transliterator SIMPLIFIED = Transliterator.getInstance(TRANSFORM);

    private final Analyzer analyzer;

    /** {@code analyzer}, with traditional characters in its tokens written simplified. */
    SimplifiedChinese(Analyzer analyzer) {
        super(analyzer.getReuseStrategy());
        this.analyzer = analyzer;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new ICUTransformFilter(components.getTokenStream(), SIMPLIFIED));
    }

    @Override
    protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
        return new ICUTransformFilter(in, SIMPLIFIED);
    }

    @Override
    public String toString() {
        return "SimplifiedChinese(" + analyzer + ")";
    }
}
