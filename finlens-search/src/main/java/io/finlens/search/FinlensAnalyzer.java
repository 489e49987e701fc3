package io.finlens.search;

import io.finlens.text.Tsv;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The word field's analysis chain: {@link HanLatinTokenizer} (HanLP words for Han runs, Latin/digit words), then
 * possessive removal, lower case, stop words (Lucene's English set and {@code stopwords-zh.tsv} beside this class)
 * and the Porter stemmer for Latin words. {@link #bigrams()} is the sub-field's chain: Lucene's standard tokenizer,
 * width folding, lower case and overlapping CJK bigrams, which finds a Chinese string however the segmenter cut it.
 */
public final class FinlensAnalyzer extends SimplifiedAnalyzer {
    static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HanLatinTokenizer(Segments.newSegment());
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new StopFilter(ts, STOP_WORDS);
        ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /**
     * Reads traditional characters as simplified ones (業績 as 业绩), one for one, so a query in either script finds
     * both and offsets stay those of the text; the same folding finlens applies before extracting facts.
     */
    static final class Simplifying extends java.io.FilterReader {
        Simplifying(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int c = super.read();
            return c < 0 ? c : io.finlens.text.Normalizer.simplified((char) c);
        }

        @Override
        public int read(char[] buf, int off, int len) throws java.io.IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + Math.max(n, 0); i++) buf[i] = io.finlens.text.Normalizer.simplified(buf[i]);
            return n;
        }
    }

    /** The CJK-bigram chain of the sub-field (Latin words lower-cased, not stemmed). */
    public static Analyzer bigrams() {
        return new SimplifiedAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new CJKWidthFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new CJKBigramFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new CJKWidthFilter(in));
            }
        };
    }

    private static CharArraySet stopWords() {
        List<Object> words = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        for (Tsv.Row r : Tsv.load(FinlensAnalyzer.class, "stopwords-zh.tsv", 1, 1)) words.add(r.get(0));
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }
}
