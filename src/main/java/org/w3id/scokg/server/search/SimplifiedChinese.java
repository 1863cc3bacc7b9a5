package org.w3id.scokg.server.search;

import com.ibm.icu.text.Transliterator;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUTransformFilter;

/**
 * An analyzer that reads traditional Chinese characters as simplified: another analyzer's tokens,
 * each passed through ICU's {@value #TRANSFORM} transform (Lucene's {@link ICUTransformFilter}), in
 * the index and in queries alike, whole words and the prefixes of suggestions too. Names are stored
 * in the script their source writes (the Yekaterinburg Agreement's Chinese title in traditional
 * characters, 政府間合作協定; most in simplified); folded so, either script finds either (政府间合作协定
 * finds the Agreement, 網絡主權 finds 网络主权). The transform changes a token's text, not its offsets,
 * so a snippet marks the words in the text as stored.
 *
 * <p>It also reads the words Taiwan (and Hong Kong) write for this subject's terms as the mainland
 * does, before the text is cut into words: 資訊安全 (information security in Taiwan) finds 信息安全,
 * 網路 finds 网络, 軟體 软件, 駭客 黑客, 數位 数字, and 資安 (Taiwan's short form) 信息安全. Lucene's
 * {@link MappingCharFilter} corrects the offsets of a word it lengthened, so a snippet still marks
 * the text as stored.
 */
final class SimplifiedChinese extends WrappedAnalyzer {
    /** ICU's transform of traditional Chinese characters into simplified ones. */
    static final String TRANSFORM = "Traditional-Simplified";
    /** ICU's transliterators keep no state between calls: threads may share one. */
    private static final Transliterator SIMPLIFIED = Transliterator.getInstance(TRANSFORM);

    /** Each regional word, in traditional and in simplified characters, and the mainland's word for it. */
    private static final NormalizeCharMap MAINLAND = mainland(
            "資訊", "信息", "资讯", "信息",
            "網路", "网络", "网路", "网络",
            "軟體", "软件", "软体", "软件",
            "駭客", "黑客", "骇客", "黑客",
            "數位", "数字", "数位", "数字",
            "資安", "信息安全", "资安", "信息安全");

    /** {@code analyzer}, with traditional characters in its tokens written simplified. */
    SimplifiedChinese(Analyzer analyzer) {
        super(analyzer);
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new MappingCharFilter(MAINLAND, reader);
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(MAINLAND, reader);
    }

    private static NormalizeCharMap mainland(String... pairs) {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (int i = 0; i < pairs.length; i += 2) map.add(pairs[i], pairs[i + 1]);
        return map.build();
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new ICUTransformFilter(components.getTokenStream(), SIMPLIFIED));
    }

    @Override
    protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
        return new ICUTransformFilter(in, SIMPLIFIED);
    }
}
