package io.finlens.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/** An analyzer that reads traditional characters as simplified ones ({@link FinlensAnalyzer.Simplifying}), in text and queries alike. */
abstract class SimplifiedAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FinlensAnalyzer.Simplifying(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new FinlensAnalyzer.Simplifying(reader);
    }
}
