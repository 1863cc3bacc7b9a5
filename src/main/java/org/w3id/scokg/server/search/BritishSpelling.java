package org.w3id.scokg.server.search;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * An analyzer that reads the American spellings of English words as the British ones before
 * another analyzer cuts the text into words: -ization and -ize as -isation and -ise
 * ("Organization", "organizations", "recognized"), -yze as -yse ("analyze"), in the index and in
 * queries alike, prefixes of suggestions too. Most of the graph's names are British (the SCO's own
 * English name, "Shanghai Cooperation Organisation"); the SCO Secretariat and the UN write
 * "Organization", and until a review on 4 December 2026 "Shanghai Cooperation Organization" did not
 * find the SCO. Lucene's {@link PatternReplaceCharFilter}: a letter for a letter, so a snippet
 * marks the text as stored. Only words with at least three letters before -ize or -yze: "size",
 * "prize" and "seize" are left as they are.
 */
final class BritishSpelling extends AnalyzerWrapper {
    /** A word ending as American English spells it, the stem before the z and the ending after it. */
    static final Pattern AMERICAN = Pattern.compile("(?i)\\b([a-z]{3,}[iy])z(e|es|ed|ing|er|ers|ation|ations|ational)\\b");
    /** The British spelling: an s for the z. */
    static final String BRITISH = "$1s$2";

    private final Analyzer analyzer;

    /** {@code analyzer}, reading American spellings as British ones. */
    BritishSpelling(Analyzer analyzer) {
        super(analyzer.getReuseStrategy());
        this.analyzer = analyzer;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(AMERICAN, BRITISH, reader);
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(AMERICAN, BRITISH, reader);
    }

    @Override
    public String toString() {
        return "BritishSpelling(" + analyzer + ")";
    }
}
