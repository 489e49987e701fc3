package io.finlens.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import io.finlens.text.Tsv;

/**
 * HanLP word segmenters for Han runs. HanLP's dictionaries are loaded once from its jar (portable edition, no
 * downloads); finance words HanLP splits ({@code zh-words.tsv} beside this class: 算力, 资本开支, ...) are added to its
 * custom dictionary once, before any segmenter exists, so the shared dictionary is never written while read.
 * Each {@link HanLatinTokenizer} owns its segmenter (Lucene reuses a tokenizer within one thread only).
 */
final class Segments {
    static {
        for (Tsv.Row r : Tsv.load(Segments.class, "zh-words.tsv", 1, 1)) {
            String w = r.get(0);
            for (int i = 0; i < w.length(); i++) {
                if (!HanLatinTokenizer.isHan(w.charAt(i))) throw r.error("not a Han word: " + w);
            }
            CustomDictionary.insert(w);
        }
    }

    private Segments() {
    }

    /** A Viterbi segmenter with offsets, without part-of-speech tagging or name, place and organization recognition. */
    static Segment newSegment() {
        return HanLP.newSegment()
                .enablePartOfSpeechTagging(false)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enableCustomDictionary(true)
                .enableOffset(true);
    }
}
