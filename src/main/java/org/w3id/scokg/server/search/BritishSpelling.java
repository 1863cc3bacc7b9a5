package org.w3id.scokg.server.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.w3id.scokg.server.web.Spelling;

/**
 * An analyzer that reads the American spellings of English words as the British ones ({@link
 * Spelling}) before another analyzer cuts the text into words: -ization and -ize as -isation and -ise
 * ("Organization", "organizations", "recognized"), -yze as -yse ("analyze"), in the index and in
 * queries alike, prefixes of suggestions too. Most of the graph's names are British (the SCO's own
 * English name, "Shanghai Cooperation Organisation"); the SCO Secretariat and the UN write
 * "Organization", and "Shanghai Cooperation Organization" must find the SCO. Lucene's {@link
 * PatternReplaceCharFilter}: a letter for a letter, so a snippet
 * marks the text as stored. Only words with at least three letters before -ize or -yze: "size",
 * "prize" and "seize" are left as they are.
 */
final class BritishSpelling extends WrappedAnalyzer {
    /** {@code analyzer}, reading American spellings as British ones. */
    BritishSpelling(Analyzer analyzer) {
        super(analyzer);
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(Spelling.AMERICAN, Spelling.BRITISH, reader);
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(Spelling.AMERICAN, Spelling.BRITISH, reader);
    }
}
