package io.finlens.search;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits text into Han runs, segmented into words by HanLP (marked as keywords so English stemming leaves them
 * alone), and Latin/digit words: letters and digits, a decimal point or thousands comma between digits (the comma
 * dropped: {@code 1,284.6} is {@code 1284.6}), an apostrophe between letters, {@code &} in short words (R&amp;D).
 * Full-width ASCII is folded one char for one, so offsets stay those of the text as given. Everything else
 * (spaces, punctuation, symbols) separates tokens.
 */
final class HanLatinTokenizer extends Tokenizer {
    static final String HAN = "<HAN>";
    static final String WORD = "<WORD>";
    private static final int MAX_TOKEN = 255;
    /** Han runs longer than this are segmented in pieces (a word may be cut at a piece's end). */
    static final int MAX_HAN_RUN = 1024;
    /** Han runs up to this long are segmented once per tokenizer and remembered (HanLP's words depend on the run only). */
    static final int MAX_CACHED_RUN = 32;
    private static final int CACHED_RUNS = 8192;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Segment segment;
    /**
     * The words of short Han runs seen before, least recently used dropped: financial text repeats its short runs
     * (亿元, 同比增长, 人民币) and segmenting is most of what indexing a Chinese passage costs.
     */
    private final java.util.Map<String, int[]> cache = new java.util.LinkedHashMap<>(CACHED_RUNS * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, int[]> eldest) {
            return size() > CACHED_RUNS;
        }
    };

    private char[] buf = new char[4096];
    private int len;
    private int pos;
    /** Han words found but not yet given out: start and end pairs into buf. */
    private int[] pending = new int[64];
    private int pendingCount;
    private int pendingAt;

    HanLatinTokenizer(Segment segment) {
        this.segment = segment;
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c == '\u3007';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        len = 0;
        int n;
        while ((n = input.read(buf, len, buf.length - len)) != -1) {
            len += n;
            if (len == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= '\uFF01' && c <= '\uFF5E') buf[i] = (char) (c - 0xFEE0);
            else if (c == '\u2019') buf[i] = '\'';
        }
        pos = 0;
        pendingCount = 0;
        pendingAt = 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (true) {
            if (pendingAt < pendingCount) {
                int s = pending[2 * pendingAt];
                int e = pending[2 * pendingAt + 1];
                pendingAt++;
                term.copyBuffer(buf, s, e - s);
                offset.setOffset(correctOffset(s), correctOffset(e));
                type.setType(HAN);
                keyword.setKeyword(true);
                return true;
            }
            while (pos < len && !isHan(buf[pos]) && !isWordChar(buf[pos])) pos++;
            if (pos >= len) return false;
            if (isHan(buf[pos])) {
                int s = pos;
                while (pos < len && isHan(buf[pos]) && pos - s < MAX_HAN_RUN) pos++;
                segmentRun(s, pos);
                continue;
            }
            if (word()) return true;
        }
    }

    private void segmentRun(int s, int e) {
        pendingCount = 0;
        pendingAt = 0;
        String run = new String(buf, s, e - s);
        int[] words = run.length() <= MAX_CACHED_RUN ? cache.get(run) : null;
        if (words == null) {
            words = words(run);
            if (run.length() <= MAX_CACHED_RUN) cache.put(run, words);
        }
        for (int i = 0; i < words.length; i += 2) addPending(s + words[i], s + words[i + 1]);
    }

    /** HanLP's words of a Han run: start and end pairs into the run, in order (a word whose offset does not fit is skipped). */
    private int[] words(String run) {
        List<Term> terms = segment.seg(run);
        int[] out = new int[2 * terms.size()];
        int n = 0;
        int at = 0;
        for (Term t : terms) {
            int ts = t.offset;
            int te = ts + t.word.length();
            if (ts < at || te > run.length()) continue; // HanLP gave an offset that does not fit: skip rather than misplace
            out[n++] = ts;
            out[n++] = te;
            at = te;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private void addPending(int s, int e) {
        if (2 * pendingCount + 2 > pending.length) pending = java.util.Arrays.copyOf(pending, pending.length * 2);
        pending[2 * pendingCount] = s;
        pending[2 * pendingCount + 1] = e;
        pendingCount++;
    }

    /** Reads one Latin/digit word at pos; false when it was too long and skipped. */
    private boolean word() {
        int s = pos;
        term.setEmpty();
        int i = pos;
        while (i < len) {
            char c = buf[i];
            if (isWordChar(c)) {
                term.append(c);
            } else if ((c == '.' || c == ',') && i > s && isDigit(buf[i - 1]) && i + 1 < len && isDigit(buf[i + 1])) {
                if (c == '.') term.append(c);
            } else if (c == '\'' && i > s && Character.isLetter(buf[i - 1]) && i + 1 < len && Character.isLetter(buf[i + 1])
                    && !isHan(buf[i + 1])) {
                term.append(c);
            } else if (c == '&' && i > s && i - s <= 2 && Character.isLetter(buf[i - 1]) && i + 1 < len
                    && isWordChar(buf[i + 1]) && !isHan(buf[i + 1])) {
                term.append(c);
            } else {
                break;
            }
            i++;
        }
        pos = i;
        if (term.length() > MAX_TOKEN) {
            term.setEmpty();
            return false;
        }
        offset.setOffset(correctOffset(s), correctOffset(i));
        type.setType(WORD);
        keyword.setKeyword(false);
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int f = correctOffset(len);
        offset.setOffset(f, f);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (buf.length > 65536) buf = new char[4096];
    }
}
