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
public final class FinlensAnalyzer extends Analyzer {
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

    /** The CJK-bigram chain of the sub-field (Latin words lower-cased, not stemmed). */
    public static Analyzer bigrams() {
        return new Analyzer() {
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
