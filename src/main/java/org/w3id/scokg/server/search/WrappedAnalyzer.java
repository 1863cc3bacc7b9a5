package org.w3id.scokg.server.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * Lucene's {@link AnalyzerWrapper} around one analyzer for every field: what {@link BritishSpelling},
 * {@link SimplifiedChinese} and {@link CyberPrefix} share; each adds the filter that is its job.
 */
abstract class WrappedAnalyzer extends AnalyzerWrapper {
    final Analyzer analyzer;

    WrappedAnalyzer(Analyzer analyzer) {
        super(analyzer.getReuseStrategy());
        this.analyzer = analyzer;
    }

    @Override
    protected final Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + analyzer + ")";
    }
}
